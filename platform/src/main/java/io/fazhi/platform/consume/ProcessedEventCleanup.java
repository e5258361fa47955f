package io.fazhi.platform.consume;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets the ids of events applied longer ago than Kafka keeps them: such an event can no longer
 * be delivered again, so its id protects nothing. Without this the table grows by every event a
 * service ever consumed, and each poll's insert into its primary key gets slower with it.
 */
@ApplicationScoped
public class ProcessedEventCleanup {

    private static final Logger LOG = Logger.getLogger(ProcessedEventCleanup.class);

    /** Rows deleted per transaction: a large backlog is removed without one long-held transaction. */
    static final int BATCH = 10_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ConsumeConfig config;

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        int deleted = deleteProcessedBefore(clock.instant().minus(config.processedRetention()));
        if (deleted > 0) {
            LOG.infof("forgot %d processed event ids older than %s", deleted, config.processedRetention());
        }
    }

    /** Deletes the ids recorded before {@code cutoff}, in batches; returns how many. */
    public int deleteProcessedBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deleteBatch(cutoff));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    private int deleteBatch(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("""
                     DELETE FROM processed_event WHERE ctid = ANY (ARRAY(
                         SELECT ctid FROM processed_event WHERE processed_at < ? LIMIT ?))""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            delete.setInt(2, BATCH);
            return delete.executeUpdate();
        }
    }
}
