package io.fazhi.notification.crash;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The packaged notification-service as a real process, started, killed hard, and started again. */
final class ServiceProcess implements AutoCloseable {

    private final Path jar;
    private final Map<String, String> environment;
    private final File log;
    private Process process;

    ServiceProcess(Path jar, Map<String, String> environment, File log) {
        this.jar = jar;
        this.environment = environment;
        this.log = log;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    void start(int port) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Dquarkus.profile=local", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(port);
    }

    /** SIGKILL: no shutdown hook, no graceful close of consumers or connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void awaitReady(int port) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("notification-service exited; see " + log);
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + "/q/health/ready").toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("notification-service did not become ready; see " + log);
    }
}
