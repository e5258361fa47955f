package io.fazhi.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A service module the local suite runs, on its fixed default port (overridable by the
 * environment variable {@code portVariable}), with its metrics on a management port 1,000 above.
 *
 * @param database its own database, or null when it keeps no state
 * @param jvmOptions its heap and collector: sized per service, as the Kubernetes Deployments size them
 * @param background whether its main work arrives on Kafka, where it can wait, rather than from a
 *        caller waiting for an answer: on a shared machine it gets the CPU after the others
 */
record SuiteService(
        String module,
        int defaultPort,
        String portVariable,
        String database,
        List<String> jvmOptions,
        boolean background) {

    /** A small heap with the serial collector: the gateway holds little, and RSS is what a node pays for. */
    private static final List<String> LEAN = List.of("-Xmx128m", "-XX:+UseSerialGC", "-Xss512k");

    /**
     * notification-service waits on receivers far more than it computes: the C1 compiler alone and
     * a small code cache keep it under 300 MB RSS at 100 events/s (benchmarks/run notify).
     */
    private static final List<String> WAITING = List.of(
            "-Xmx96m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m", "-XX:TieredStopAtLevel=1", "-Xss512k");

    static final List<SuiteService> ALL = List.of(
            new SuiteService("gateway", 8080, "GATEWAY_PORT", null, LEAN, false),
            new SuiteService("report-service", 8081, "REPORT_SERVICE_PORT", "reports", List.of("-Xmx384m"), false),
            new SuiteService("metrics-service", 8082, "METRICS_SERVICE_PORT", "metrics", List.of("-Xmx384m"), true),
            new SuiteService("notification-service", 8083, "NOTIFICATION_SERVICE_PORT", "notifications", WAITING, true),
            // Pages rendered from the API's answers: it holds little and waits on the gateway.
            new SuiteService("console", 8084, "CONSOLE_PORT", null, LEAN, false));

    int port() {
        return ConfiguredInfrastructure.setting(portVariable)
                .map(Integer::parseInt)
                .orElse(defaultPort);
    }

    /** Where its metrics are (the management interface): 9080–9083 by default, or {@link #managementPortVariable()}. */
    int managementPort() {
        return ConfiguredInfrastructure.setting(managementPortVariable())
                .map(Integer::parseInt)
                .orElse(defaultPort + 1000);
    }

    /** REPORT_SERVICE_PORT → REPORT_SERVICE_MANAGEMENT_PORT. */
    String managementPortVariable() {
        return portVariable.replace("_PORT", "_MANAGEMENT_PORT");
    }

    String url() {
        return "http://localhost:" + port();
    }

    /** The runnable jar of a built Quarkus app. */
    Optional<Path> runner(Path root) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        return jar.toFile().isFile() ? Optional.of(jar) : Optional.empty();
    }

    /** The environment variable other services read this service's address from. */
    String urlVariable() {
        return module.toUpperCase().replace('-', '_') + "_URL";
    }
}
