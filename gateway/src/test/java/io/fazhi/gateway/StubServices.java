package io.fazhi.gateway;

import io.fazhi.local.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Stand-ins for the three services and the console on free ports, named as the gateway's configuration names them. */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static StubService reports;
    public static StubService metrics;
    public static StubService notifications;
    public static StubService console;

    @Override
    public Map<String, String> start() {
        reports = new StubService("report-service", "/api/v1/reports", FreePorts.find()).start();
        metrics = new StubService("metrics-service", "/api/v1/assessments", FreePorts.find()).start();
        notifications = new StubService("notification-service", "/api/v1/inbox", FreePorts.find()).start();
        console = new StubService("console", "/", FreePorts.find()).start();
        return Map.of(
                "fazhi.upstream.report-service",
                reports.url(),
                "fazhi.upstream.metrics-service",
                metrics.url(),
                "fazhi.upstream.notification-service",
                notifications.url(),
                "fazhi.upstream.console",
                console.url());
    }

    @Override
    public void stop() {
        reports.stop();
        metrics.stop();
        notifications.stop();
        console.stop();
    }
}
