package io.fazhi.gateway.route;

import java.util.Arrays;
import java.util.Optional;

/** Which service owns which path prefix (DESIGN.md), and the name rate limits are set by. */
public enum GatewayRoute {
    REPORTS("reports", "report-service", "/api/v1/reports"),
    DIVISIONS("divisions", "report-service", "/api/v1/divisions"),
    ASSESSMENTS("assessments", "metrics-service", "/api/v1/assessments"),
    CHECKLISTS("checklists", "metrics-service", "/api/v1/checklists"),
    ROLLUPS("rollups", "metrics-service", "/api/v1/rollups"),
    SUBSCRIPTIONS("subscriptions", "notification-service", "/api/v1/subscriptions"),
    INBOX("inbox", "notification-service", "/api/v1/inbox"),
    DELIVERIES("deliveries", "notification-service", "/api/v1/deliveries");

    private final String id;
    private final String service;
    private final String prefix;

    GatewayRoute(String id, String service, String prefix) {
        this.id = id;
        this.service = service;
        this.prefix = prefix;
    }

    public String id() {
        return id;
    }

    public String service() {
        return service;
    }

    public String prefix() {
        return prefix;
    }

    /** The route of a request path: the prefix itself or anything below it. */
    public static Optional<GatewayRoute> of(String path) {
        return Arrays.stream(values())
                .filter(r -> path.equals(r.prefix) || path.startsWith(r.prefix + "/"))
                .findFirst();
    }
}
