package io.fazhi.notification.deliver;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of deliveries ({@code fazhi.delivery.*}). */
@ConfigMapping(prefix = "fazhi.delivery")
public interface DeliveryConfig {

    /** Attempts per delivery before it is marked dead (kept, and replayable). */
    @WithDefault("8")
    int maxAttempts();

    /** The first wait after a failed attempt; it doubles per attempt, half of it random. */
    @WithDefault("10s")
    Duration backoffInitial();

    /** The longest wait between attempts, also the cap on a receiver's Retry-After. */
    @WithDefault("1h")
    Duration backoffMax();

    /** How long a dispatcher holds a delivery it is sending; a crashed one's claim runs out then. */
    @WithDefault("1m")
    Duration lease();

    /** Sends in flight at once, over all subscriptions. */
    @WithDefault("512")
    int maxInFlight();

    /** Sends in flight at once to one subscription: a slow receiver cannot take every slot. */
    @WithDefault("8")
    int maxInFlightPerSubscription();

    /** Consecutive failed attempts after which a webhook subscription is paused. */
    @WithDefault("20")
    int pauseAfterFailures();

    /** How often due deliveries are looked for (read by {@link DeliveryPoller}'s schedule). */
    @WithDefault("1s")
    Duration pollEvery();

    /** How many due deliveries one poll claims at most. */
    @WithDefault("500")
    int pollBatch();
}
