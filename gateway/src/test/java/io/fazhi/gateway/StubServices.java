package io.fazhi.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** Three stand-in services on free ports, named as the gateway's configuration names them. */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static StubService reports;
    public static StubService metrics;
    public static StubService notifications;

    @Override
    public Map<String, String> start() {
        reports = new StubService("report-service", "/api/v1/reports", freePort()).start();
        metrics = new StubService("metrics-service", "/api/v1/assessments", freePort()).start();
        notifications = new StubService("notification-service", "/api/v1/inbox", freePort()).start();
        return Map.of("fazhi.upstream.report-service", reports.url(),
                "fazhi.upstream.metrics-service", metrics.url(),
                "fazhi.upstream.notification-service", notifications.url());
    }

    @Override
    public void stop() {
        reports.stop();
        metrics.stop();
        notifications.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
