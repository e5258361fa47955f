package io.fazhi.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus test its database and broker. The servers are shared by every test class of the
 * JVM and stopped when it exits, so {@link #stop()} leaves them running.
 * Argument {@code database}: the service's database (reports, metrics, notifications).
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "reports";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = Infrastructure.shared();
        PostgresServer postgres = infrastructure.postgres();
        postgres.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared with the JVM's other test classes; a shutdown hook stops it.
    }
}
