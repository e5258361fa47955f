package io.fazhi.local;

import java.util.Optional;

/**
 * Shares the running infrastructure with every class loader of the JVM. Quarkus loads this
 * module again for each application restart in a test JVM (a test profile, for instance), where a
 * static field alone would start a second PostgreSQL and broker. The addresses are published as
 * system properties (strings only: other libraries read them too); a class loader that finds
 * them attaches to the servers instead of starting new ones. Only the owner can stop or restart them.
 */
final class JvmRegistry {

    private static final String PREFIX = "io.fazhi.local.";

    private JvmRegistry() {}

    static void publish(Infrastructure infrastructure) {
        PostgresServer postgres = infrastructure.postgres();
        set("pg.host", postgres.host());
        set("pg.port", Integer.toString(postgres.port()));
        set("pg.user", postgres.user());
        set("pg.password", postgres.password());
        set("pg.origin", postgres.origin());
        set("kafka.origin", infrastructure.kafka().origin());
        set("kafka.bootstrap", infrastructure.kafka().bootstrapServers());
    }

    /** The infrastructure another class loader of this JVM started, if any. */
    static Optional<Infrastructure> attach() {
        String bootstrap = System.getProperty(PREFIX + "kafka.bootstrap");
        if (bootstrap == null) {
            return Optional.empty();
        }
        PostgresServer postgres = new PostgresView(
                get("pg.host"), Integer.parseInt(get("pg.port")), get("pg.user"), get("pg.password"), get("pg.origin"));
        return Optional.of(Infrastructure.view(postgres, new KafkaView(bootstrap, get("kafka.origin"))));
    }

    private static void set(String key, String value) {
        System.setProperty(PREFIX + key, value);
    }

    private static String get(String key) {
        return System.getProperty(PREFIX + key);
    }

    private record PostgresView(String host, int port, String user, String password, String origin)
            implements PostgresServer {
        @Override
        public void close() {
            // Owned by the class loader that started it.
        }
    }

    private record KafkaView(String bootstrapServers, String origin) implements KafkaBroker {
        @Override
        public void close() {
            // Owned by the class loader that started it.
        }
    }
}
