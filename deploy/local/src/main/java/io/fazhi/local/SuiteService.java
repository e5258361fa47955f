package io.fazhi.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A service module the local suite runs, on its fixed default port (overridable by the
 * environment variable {@code portVariable}).
 *
 * @param database its own database, or null when it keeps no state
 */
record SuiteService(String module, int defaultPort, String portVariable, String database) {

    static final List<SuiteService> ALL = List.of(
            new SuiteService("gateway", 8080, "GATEWAY_PORT", null),
            new SuiteService("report-service", 8081, "REPORT_SERVICE_PORT", "reports"),
            new SuiteService("metrics-service", 8082, "METRICS_SERVICE_PORT", "metrics"),
            new SuiteService("notification-service", 8083, "NOTIFICATION_SERVICE_PORT", "notifications"));

    int port() {
        return ConfiguredInfrastructure.setting(portVariable).map(Integer::parseInt).orElse(defaultPort);
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
