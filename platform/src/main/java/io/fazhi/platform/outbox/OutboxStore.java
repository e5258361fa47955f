package io.fazhi.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's queries on the outbox table; every method runs in the caller's transaction. */
@ApplicationScoped
class OutboxStore {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Takes the relay lock for this transaction: one relay at a time across replicas keeps each
     * key's events in order. False when another replica holds it.
     */
    boolean tryLockRelay() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement lock =
                        c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext('fazhi-outbox-relay'))");
                ResultSet rs = lock.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * Due events in publication order, skipping every event whose key has an earlier event still
     * backing off: a key's events never overtake each other.
     *
     * <p>The keys backing off are found once (usually none) and materialised: as a correlated
     * subquery the planner, which sees an empty pending set in its statistics, re-scanned every
     * pending event for each one — 95 ms for a backlog of 800 under load, 0.6 ms this way.
     */
    List<PendingEvent> due(Instant now, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("""
                     WITH backing_off AS MATERIALIZED (
                          SELECT topic, event_key, min(seq) AS first_seq FROM outbox_event
                           WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at > ?
                           GROUP BY topic, event_key)
                     SELECT o.seq, o.event_id, o.topic, o.event_key, o.event_type, o.source, o.subject,
                            o.occurred_at, o.payload, o.attempts, o.traceparent
                       FROM outbox_event o
                      WHERE o.sent_at IS NULL AND o.dead_at IS NULL AND o.next_attempt_at <= ?
                        AND NOT EXISTS (SELECT 1 FROM backing_off b
                                         WHERE b.topic = o.topic AND b.event_key = o.event_key AND b.first_seq < o.seq)
                      ORDER BY o.seq
                      LIMIT ?""")) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setTimestamp(2, Timestamp.from(now));
            select.setInt(3, limit);
            List<PendingEvent> due = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    due.add(new PendingEvent(
                            rs.getLong(1),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getTimestamp(8).toInstant(),
                            rs.getString(9),
                            rs.getInt(10),
                            rs.getString(11)));
                }
            }
            return due;
        }
    }

    void markSent(List<Long> seqs, Instant now) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE outbox_event SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE seq = ANY (?)")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setArray(2, c.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    void markFailed(long seq, Instant nextAttempt, String error) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE outbox_event SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE seq = ?")) {
            update.setTimestamp(1, Timestamp.from(nextAttempt));
            update.setString(2, error);
            update.setLong(3, seq);
            update.executeUpdate();
        }
    }

    /** Sets an event aside for good: it will never be sent, and its key's later events go on. */
    void markDead(long seq, Instant now, String error) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE outbox_event SET attempts = attempts + 1, dead_at = ?, last_error = ? WHERE seq = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, error);
            update.setLong(3, seq);
            update.executeUpdate();
        }
    }

    /** Events set aside as never sendable. */
    long deadCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count =
                        c.prepareStatement("SELECT count(*) FROM outbox_event WHERE dead_at IS NOT NULL");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Events not yet published: the backlog. */
    long pendingCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND dead_at IS NULL");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    int deleteSentBefore(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM outbox_event WHERE sent_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }
}
