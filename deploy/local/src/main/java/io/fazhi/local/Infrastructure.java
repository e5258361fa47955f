package io.fazhi.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * PostgreSQL and Kafka for the local suite and the tests, from the first source that has them:
 * explicitly configured addresses, then Testcontainers when a Docker engine answers, then the
 * embedded servers. Everything it starts stops when the JVM exits, and also when the JVM is
 * killed (see {@link OrphanGuard}).
 */
public final class Infrastructure implements AutoCloseable {

    /** One database per service. */
    public static final String[] DATABASES = {"reports", "metrics", "notifications"};

    private static Infrastructure shared;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final Path scratch;

    private Infrastructure(PostgresServer postgres, KafkaBroker kafka, Path scratch) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.scratch = scratch;
    }

    /** The infrastructure of this JVM's tests: started on first use, stopped when the JVM exits. */
    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = JvmRegistry.attach().orElse(null);
        }
        if (shared == null) {
            try {
                shared = start(Files.createTempDirectory("fazhi-infra-"), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "infrastructure-shutdown"));
            JvmRegistry.publish(shared);
        }
        return shared;
    }

    /**
     * @param directory where embedded servers keep their data
     * @param keepData true for the local suite (data survives), false for tests (thrown away on close)
     */
    public static Infrastructure start(Path directory, boolean keepData) {
        boolean docker = ConfiguredInfrastructure.postgres().isEmpty()
                        || ConfiguredInfrastructure.kafka().isEmpty()
                ? ContainerInfrastructure.dockerAvailable()
                : false;
        PostgresServer postgres = ConfiguredInfrastructure.postgres()
                .orElseGet(() -> docker
                        ? ContainerInfrastructure.postgres()
                        : EmbeddedPostgresServer.start(directory.resolve("postgres"), keepData));
        KafkaBroker kafka;
        try {
            kafka = ConfiguredInfrastructure.kafka()
                    .orElseGet(() -> docker
                            ? ContainerInfrastructure.kafka()
                            : LocalKafkaBroker.start(directory.resolve("kafka")));
            for (String database : DATABASES) {
                postgres.ensureDatabase(database);
            }
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new Infrastructure(postgres, kafka, keepData ? null : directory);
    }

    /** A view of infrastructure owned elsewhere: closing it stops nothing. */
    static Infrastructure view(PostgresServer postgres, KafkaBroker kafka) {
        return new Infrastructure(postgres, kafka, null);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
            deleteScratch();
        }
    }

    private void deleteScratch() {
        if (scratch == null || !Files.exists(scratch)) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + scratch, e);
        }
    }
}
