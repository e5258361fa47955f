package io.fazhi.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server from the Zonky binaries (no installation, no Docker). When run as root,
 * Zonky runs the server as an unprivileged user, as PostgreSQL insists.
 */
final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;
    private final long pid;
    private final OrphanGuard guard;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, long pid) {
        this.postgres = postgres;
        this.pid = pid;
        this.guard = OrphanGuard.watch(pid);
    }

    /**
     * @param dataDirectory where the cluster lives
     * @param keepData whether the data survives a stop (the local suite) or is thrown away (tests)
     */
    static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setPort(FreePorts.find())
                    .setPGStartupWait(Duration.ofMinutes(2))
                    // Every service keeps a pool; tests run several Quarkus apps against one server.
                    .setServerConfig("max_connections", "300")
                    // Throw-away data needs no durability, and tests are faster without it.
                    .setServerConfig("fsync", keepData ? "on" : "off")
                    .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                    // PostgreSQL's default of 128 MB keeps little of a season's reuse index in memory:
                    // its lookups then copy pages from the kernel's cache on most probes.
                    .setServerConfig("shared_buffers", keepData ? "2GB" : "128MB")
                    // Per-statement costs for benchmarks: CREATE EXTENSION pg_stat_statements, then read it.
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start();
            return new EmbeddedPostgresServer(postgres, postmasterPid(dataDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static long postmasterPid(Path dataDirectory) throws IOException {
        // The first line of postmaster.pid is the server's process id.
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String origin() {
        return "embedded";
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            guard.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        }
    }
}
