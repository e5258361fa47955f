package io.fazhi.gateway.route;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/** Connections, sizes and rates of the gateway ({@code fazhi.gateway.*}). */
@ConfigMapping(prefix = "fazhi.gateway")
public interface GatewayConfig {

    /** How long an upstream has to accept a connection; a down service answers 503 quickly, never hangs. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a response may stay silent (an inbox stream sends a keep-alive every 15 s). */
    @WithDefault("60s")
    Duration idleTimeout();

    /** Request bodies above this get 413 before anything reaches a service. */
    @WithDefault("6291456")
    long maxBodyBytes();

    /**
     * A report file sent as multipart (POST /api/v1/reports, the console's POST /submit) may be a
     * scan: up to report-service's {@code fazhi.reports.scans.max-bytes} and its multipart framing.
     */
    @WithDefault("44040192")
    long maxUploadBytes();

    /** Request headers larger than this, counted as sent (names, values, separators), get a 431 problem. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Paths with their query longer than this get a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Requests per second per caller and route, by route id; {@code default} for a route not named,
     * {@code import} on every route for a caller with the importer role, {@code unauthenticated} per
     * address (all routes together) for requests without a valid token.
     */
    @WithName("rate-limit")
    Map<String, Integer> rateLimits();

    /** Requests per second per caller on this route. */
    default int perSecond(String routeId) {
        return rateLimits().getOrDefault(routeId, rateLimits().getOrDefault("default", 50));
    }

    /** Requests per second per route for a caller with the importer role (a season's import). */
    default int importerPerSecond() {
        return rateLimits().getOrDefault("import", 100);
    }

    /** Requests per second per address without a valid token. */
    default int unauthenticatedPerSecond() {
        return rateLimits().getOrDefault("unauthenticated", 10);
    }
}
