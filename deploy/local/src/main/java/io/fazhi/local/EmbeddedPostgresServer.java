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

    private final Path dataDirectory;
    private final boolean keepData;
    private EmbeddedPostgres postgres;
    private long pid;
    private OrphanGuard guard;

    private EmbeddedPostgresServer(Path dataDirectory, boolean keepData) {
        this.dataDirectory = dataDirectory;
        this.keepData = keepData;
    }

    /**
     * @param dataDirectory where the cluster lives
     * @param keepData whether the data survives a stop (the local suite) or is thrown away (tests)
     */
    static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, keepData);
        server.startOn(FreePorts.find(), !keepData);
        return server;
    }

    private synchronized void startOn(int port, boolean cleanDataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(cleanDataDirectory)
                    .setPort(port)
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
            pid = postmasterPid(dataDirectory);
            guard = OrphanGuard.watch(pid);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    @Override
    public boolean restartable() {
        return true;
    }

    /**
     * A crash and a recovery: SIGQUIT is PostgreSQL's immediate shutdown (every backend dropped, no
     * checkpoint), so the server that comes back on the same port replays its write-ahead log.
     */
    @Override
    public synchronized void restart() {
        int port = postgres.getPort();
        guard.release();
        try {
            if (new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start().waitFor() != 0) {
                throw new IllegalStateException("cannot signal PostgreSQL process " + pid);
            }
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            // Releases Zonky's lock on the data directory; stopping the stopped server only logs.
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
        }
        startOn(port, false);
    }

    private static long postmasterPid(Path dataDirectory) throws IOException {
        // The first line of postmaster.pid is the server's process id.
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public synchronized int port() {
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
    public synchronized long pid() {
        return pid;
    }

    @Override
    public synchronized void close() {
        try {
            postgres.close();
            guard.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        }
    }
}
