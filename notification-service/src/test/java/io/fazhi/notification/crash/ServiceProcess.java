package io.fazhi.notification.crash;

import io.fazhi.local.Readiness;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
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
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
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
        try {
            Readiness.await(
                    "notification-service", process, "http://localhost:" + port, Duration.ofMinutes(2), log.toPath());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
