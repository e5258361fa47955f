package io.fazhi.local;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Testcontainers, used when a Docker engine answers and nothing is configured. Testcontainers'
 * own reaper removes the containers if this JVM dies.
 */
final class ContainerInfrastructure {

    private ContainerInfrastructure() {}

    static boolean dockerAvailable() {
        if (ConfiguredInfrastructure.setting("SUITE_USE_DOCKER")
                .map("false"::equalsIgnoreCase)
                .orElse(false)) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    static PostgresServer postgres() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
        return new ContainerPostgres(container);
    }

    static KafkaBroker kafka() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.0");
        container.start();
        return new ContainerKafka(container);
    }

    private record ContainerPostgres(PostgreSQLContainer<?> container) implements PostgresServer {
        @Override
        public String host() {
            return container.getHost();
        }

        @Override
        public int port() {
            return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
        }

        @Override
        public String user() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public String origin() {
            return "testcontainers";
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private record ContainerKafka(KafkaContainer container) implements KafkaBroker {
        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public String origin() {
            return "testcontainers";
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
