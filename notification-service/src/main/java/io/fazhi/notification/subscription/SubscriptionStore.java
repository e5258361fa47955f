package io.fazhi.notification.subscription;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.Severity;
import io.fazhi.platform.api.PageOf;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every query of the {@code subscription} table. The hot paths (a poll's subscribers, a digest's
 * period, failure counts) are plain JDBC on the caller's connection, so they join its transaction;
 * the rest goes through the {@link Subscription} entity. Delivery claims read the target and secret
 * in the same statement as their lease ({@code DeliveryStore.claim}), the one join kept elsewhere.
 */
@ApplicationScoped
public class SubscriptionStore {

    @Inject
    AgroalDataSource dataSource;

    /** A subscription as routing needs it. */
    public record Subscriber(
            UUID id, String place, Channel channel, Set<String> kinds, Severity minimum, boolean digest) {}

    /** A digest period that has just been closed: what it collected is to be sent now. */
    public record DigestPeriod(String place, Channel channel, int periodSeconds, Instant from) {}

    /** Subscriptions on any of these place codes, active or paused (paused ones keep collecting). */
    public List<Subscriber> onPlaces(Collection<String> places) {
        List<Subscriber> found = new ArrayList<>();
        if (places.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT id, place, channel, kinds, min_severity, digest_seconds"
                                + " FROM subscription WHERE status IN ('active', 'paused') AND place = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar", places.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Subscriber(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            Channel.fromWire(rows.getString(3)),
                            Subscription.kindSet(rows.getString(4)),
                            Severity.fromWire(rows.getString(5)),
                            rows.getObject(6) != null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the subscriptions on " + places.size() + " place(s)", e);
        }
        return found;
    }

    /** The subscriptions under a place-code prefix, newest first. */
    public PageOf<Subscription> under(String prefix, int page, int size) {
        var query = Subscription.<Subscription>find(
                "place like ?1", Sort.by("createdAt").descending(), prefix + "%");
        return new PageOf<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** Digest subscriptions whose period has ended. */
    public List<UUID> dueDigests() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT id FROM subscription WHERE digest_seconds IS NOT NULL AND digest_due_at <= now()"
                                + " AND status IN ('active', 'paused')")) {
            List<UUID> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getObject(1, UUID.class));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find due digests", e);
        }
    }

    /**
     * Closes the subscription's digest period, holding its row for the caller's transaction so two
     * instances never close one period twice; empty when it is not due or another instance has it.
     */
    public Optional<DigestPeriod> closeDigestPeriod(Connection c, UUID id) throws SQLException {
        DigestPeriod period;
        try (PreparedStatement lock =
                c.prepareStatement("SELECT place, channel, digest_seconds, digest_due_at FROM subscription"
                        + " WHERE id = ? AND digest_due_at <= now() FOR UPDATE SKIP LOCKED")) {
            lock.setObject(1, id);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int seconds = row.getInt(3);
                period = new DigestPeriod(
                        row.getString(1),
                        Channel.fromWire(row.getString(2)),
                        seconds,
                        row.getTimestamp(4).toInstant().minusSeconds(seconds));
            }
        }
        try (PreparedStatement next = c.prepareStatement(
                "UPDATE subscription SET digest_due_at = now() + make_interval(secs => digest_seconds) WHERE id = ?")) {
            next.setObject(1, id);
            next.executeUpdate();
        }
        return Optional.of(period);
    }

    /** A delivery reached the subscription: its run of failures ends. */
    public void clearFailures(Connection c, UUID id) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement(
                "UPDATE subscription SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures <> 0")) {
            clear.setObject(1, id);
            clear.executeUpdate();
        }
    }

    /** @return the subscription's failures in a row, this one included */
    public int countFailure(Connection c, UUID id) throws SQLException {
        try (PreparedStatement count =
                c.prepareStatement("UPDATE subscription SET consecutive_failures = consecutive_failures + 1"
                        + " WHERE id = ? RETURNING consecutive_failures")) {
            count.setObject(1, id);
            try (ResultSet row = count.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }
}
