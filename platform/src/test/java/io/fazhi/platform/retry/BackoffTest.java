package io.fazhi.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @RepeatedTest(20)
    void doublesPerAttemptWithHalfOfItRandomAndStopsAtTheMaximum() {
        assertThat(backoff.after(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(backoff.after(4)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(backoff.after(30)).isBetween(Duration.ofMinutes(5).dividedBy(2), Duration.ofMinutes(5));
        assertThat(backoff.after(1000)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }
}
