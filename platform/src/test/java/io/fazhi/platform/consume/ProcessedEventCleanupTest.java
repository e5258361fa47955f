package io.fazhi.platform.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.fazhi.local.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcessedEventCleanupTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProcessedEventCleanup cleanup;

    @Test
    void idsOlderThanTheCutoffAreForgottenInBatchesAndRecentOnesKept() {
        String consumer = "cleanup-" + UUID.randomUUID();
        Instant now = Instant.now();
        int old = ProcessedEventCleanup.BATCH + 5; // more than one batch: the loop must go on
        TestDatabase.update(dataSource, """
                INSERT INTO processed_event (consumer, event_id, processed_at)
                SELECT ?, 'old-' || n, now() - interval '20 days' FROM generate_series(1, ?) n""", consumer, old);
        TestDatabase.update(
                dataSource,
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, 'recent', now())",
                consumer);

        int deleted = cleanup.deleteProcessedBefore(now.minus(Duration.ofDays(14)));

        assertThat(deleted).isGreaterThanOrEqualTo(old);
        assertThat(TestDatabase.count(dataSource, "SELECT count(*) FROM processed_event WHERE consumer = ?", consumer))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        dataSource,
                        "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = 'recent'",
                        consumer))
                .isEqualTo(1);
    }
}
