package io.fazhi.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Addresses of the suite `deploy/local/suite up` runs, read from the files it writes. */
public final class LocalSuite {

    private LocalSuite() {}

    /** The suite's data directory: SUITE_DATA, as {@code deploy/local/suite} reads it, or its default. */
    public static Path data() {
        return Path.of(env("SUITE_DATA", "deploy/local/.data"));
    }

    /** An environment variable as deploy/local/suite reads it: unset or blank is the default. */
    public static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The running suite's broker, from the configuration it wrote. */
    public static String kafka() throws IOException {
        Path config = data().resolve("kafka/server.properties");
        return Files.readAllLines(config).stream()
                .filter(l -> l.startsWith("advertised.listeners="))
                .map(l -> l.substring(l.indexOf("//") + 2))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no running suite: " + config));
    }

    /** The running suite's PostgreSQL port (postmaster.pid: line 4). */
    public static int postgresPort() throws IOException {
        return Integer.parseInt(Files.readAllLines(data().resolve("postgres/postmaster.pid"))
                .get(3)
                .trim());
    }
}
