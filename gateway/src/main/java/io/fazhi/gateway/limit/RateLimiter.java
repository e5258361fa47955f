package io.fazhi.gateway.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fazhi.gateway.auth.VerifiedCaller;
import io.fazhi.gateway.route.GatewayConfig;
import io.fazhi.gateway.route.GatewayRoute;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Token buckets per caller and route (Bucket4j): {@code fazhi.gateway.rate-limit.<route>} requests
 * per second, or {@code .default}, with bursts up to twice that; a caller with the importer role
 * gets {@code .import} on every route (a season's reports at once is its work). Idle callers'
 * buckets expire.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    GatewayConfig config;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /** Empty when the request may pass; otherwise how many seconds to wait (Retry-After). */
    public OptionalLong tryAcquire(VerifiedCaller caller, GatewayRoute route) {
        int perSecond = caller.importer() ? config.importerPerSecond() : config.perSecond(route.id());
        return consume(buckets.get(
                caller.subject() + "|" + route.id() + (caller.importer() ? "|import" : ""),
                key -> newBucket(perSecond)));
    }

    /**
     * The same for a request without a valid token, by the address it came from
     * ({@code fazhi.gateway.rate-limit.unauthenticated} per second, all routes together): a client
     * that probes tokens or paths without one is slowed down before it costs a signature check each.
     */
    public OptionalLong tryAcquireUnauthenticated(String address) {
        return consume(buckets.get("unauthenticated|" + address, key -> newBucket(config.unauthenticatedPerSecond())));
    }

    private static OptionalLong consume(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private static Bucket newBucket(int perSecond) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(2L * perSecond)
                        .refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
