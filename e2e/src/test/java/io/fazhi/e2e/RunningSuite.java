package io.fazhi.e2e;

import io.fazhi.local.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local suite as a newcomer runs it — {@code deploy/local/suite up} — on spare ports with its
 * own data directory, and taken down with {@code deploy/local/suite down}.
 */
final class RunningSuite implements AutoCloseable {

    final Path root;
    final Path data;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Process process;
    private final Path output;

    private RunningSuite(Path root, Path data, Process process, Path output) {
        this.root = root;
        this.data = data;
        this.process = process;
        this.output = output;
    }

    /** Starts the suite with {@code data} as its data directory, which the caller removes. */
    static RunningSuite up(Path data) throws Exception {
        return up(data, Map.of());
    }

    /** Starts the suite with {@code environment} added to what its services see. */
    static RunningSuite up(Path data, Map<String, String> environment) throws Exception {
        Path root =
                Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String variable : new String[] {
            "GATEWAY_PORT", "REPORT_SERVICE_PORT", "METRICS_SERVICE_PORT", "NOTIFICATION_SERVICE_PORT", "CONSOLE_PORT"
        }) {
            ports.put(variable, FreePorts.find());
            ports.put(variable.replace("_PORT", "_MANAGEMENT_PORT"), FreePorts.find());
        }
        Path output = data.resolve("suite.out");
        ProcessBuilder builder = new ProcessBuilder(
                        root.resolve("deploy/local/suite").toString(), "up")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("SUITE_DATA", data.toString());
        ports.forEach((variable, port) -> builder.environment().put(variable, Integer.toString(port)));
        builder.environment().putAll(environment);
        RunningSuite suite = new RunningSuite(root, data, builder.start(), output);
        suite.ports.putAll(ports);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
        suite.awaitUp(Duration.ofMinutes(4));
        return suite;
    }

    String gateway() {
        return "http://localhost:" + ports.get("GATEWAY_PORT");
    }

    String service(String variable) {
        return "http://localhost:" + ports.get(variable);
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String out = output();
            if (out.contains("The suite is up")) {
                return;
            }
            if (!process.isAlive() || out.contains("suite: ")) {
                throw new IllegalStateException("the suite did not come up:\n" + out + failedServiceLog(out));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the suite was not up after " + limit + ":\n" + output());
    }

    /** The end of the log the suite names for a service that exited ("see …/x.log"): the reason, before the data is gone. */
    private static String failedServiceLog(String out) {
        java.util.regex.Matcher log =
                java.util.regex.Pattern.compile("see (\\S+\\.log)").matcher(out);
        if (!log.find()) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(log.group(1)));
            return "\n--- the last lines of " + log.group(1) + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "\n(" + log.group(1) + " could not be read: " + e.getMessage() + ")";
        }
    }

    /** {@code suite down}, as a user stops it. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            ProcessBuilder down =
                    new ProcessBuilder(root.resolve("deploy/local/suite").toString(), "down").redirectErrorStream(true);
            down.environment().put("SUITE_DATA", data.toString());
            down.start().waitFor();
            process.waitFor();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
