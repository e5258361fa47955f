package io.fazhi.platform.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with "equal jitter": the wait doubles per attempt up to {@code max}, and
 * half of it is random so replicas that failed together do not retry together.
 */
public record Backoff(Duration initial, Duration max) {

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    public Duration after(int attempts) {
        long base = initial.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
