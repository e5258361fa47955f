package io.fazhi.importer.send;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How long to wait before asking again: what the gateway says in Retry-After (a 429 from its rate
 * limit, a 503 from a service that is starting or full), else a doubling pause; both bounded.
 *
 * @param attempts how many times one file is tried before the run stops (a dropped connection) or it
 *     is refused (a service that keeps answering 503)
 */
public record Patience(int attempts, Duration longestPause) {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);

    /** The pause before try number {@code attempt + 1} (attempt counts from 1). */
    public Duration pause(int attempt, OptionalLong retryAfterSeconds) {
        Duration pause = retryAfterSeconds.isPresent()
                ? Duration.ofSeconds(retryAfterSeconds.getAsLong())
                : FIRST_PAUSE.multipliedBy(1L << Math.min(attempt - 1, 10));
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    /** Retry-After in seconds; the HTTP-date form is not used by the suite and counts as absent. */
    static OptionalLong retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> OptionalLong.of(Long.parseLong(v.strip())))
                .orElse(OptionalLong.empty());
    }

    /** Answers worth asking again: the limit (429), an upstream down or busy (502, 503, 504). */
    static boolean transientStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
}
