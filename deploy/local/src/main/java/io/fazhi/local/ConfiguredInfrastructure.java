package io.fazhi.local;

import java.net.URI;
import java.util.Optional;

/**
 * Infrastructure an administrator or developer named explicitly; it wins over everything else.
 * {@code SUITE_DB_URL} (e.g. {@code jdbc:postgresql://db:5432}), {@code SUITE_DB_USER},
 * {@code SUITE_DB_PASSWORD} and {@code SUITE_KAFKA_BOOTSTRAP}, as environment variables or as
 * system properties in lower case with dots ({@code suite.db.url}).
 */
final class ConfiguredInfrastructure {

    private ConfiguredInfrastructure() {}

    static Optional<PostgresServer> postgres() {
        return setting("SUITE_DB_URL").map(url -> {
            URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
            String user = setting("SUITE_DB_USER").orElse("postgres");
            String password = setting("SUITE_DB_PASSWORD").orElse("");
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            return new ExternalPostgres(uri.getHost(), port, user, password);
        });
    }

    static Optional<KafkaBroker> kafka() {
        return setting("SUITE_KAFKA_BOOTSTRAP").map(ExternalKafka::new);
    }

    static Optional<String> setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private record ExternalPostgres(String host, int port, String user, String password) implements PostgresServer {
        @Override
        public String origin() {
            return "configured";
        }

        @Override
        public void close() {
            // Not ours to stop.
        }
    }

    private record ExternalKafka(String bootstrapServers) implements KafkaBroker {
        @Override
        public String origin() {
            return "configured";
        }

        @Override
        public void close() {
            // Not ours to stop.
        }
    }
}
