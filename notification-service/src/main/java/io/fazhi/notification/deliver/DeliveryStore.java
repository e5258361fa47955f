package io.fazhi.notification.deliver;

import io.agroal.api.AgroalDataSource;
import io.fazhi.notification.send.SendResult;
import io.fazhi.notification.subscription.Channel;
import io.fazhi.notification.subscription.SubscriptionPauser;
import io.fazhi.notification.subscription.SubscriptionStore;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.retry.Backoff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every query of the {@code delivery} and {@code delivery_attempt} tables. The hot path is SQL:
 * claiming a delivery for an attempt (a lease, so two dispatchers never send it at once and a
 * crashed one's claim runs out), and recording how the attempt ended.
 */
@ApplicationScoped
public class DeliveryStore {

    @Inject
    Clock clock;

    private static final String CLAIMED_COLUMNS = """
            d.id, d.subscription_id, s.channel, s.target, s.secret,
            CASE WHEN s.previous_secret_until > now() THEN s.previous_secret END,
            d.message_id, d.event_type, d.subject, d.body, d.attempts, d.event_time""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryConfig config;

    @Inject
    SubscriptionPauser pauser;

    @Inject
    SubscriptionStore subscriptions;

    private Backoff backoff;

    @jakarta.annotation.PostConstruct
    void init() {
        backoff = new Backoff(config.backoffInitial(), config.backoffMax());
    }

    /**
     * Adds a pending delivery, due now, in the caller's transaction (on its connection).
     *
     * @return false when the subscription has a delivery of this message already
     */
    public static boolean insert(
            Connection c,
            UUID id,
            UUID subscriptionId,
            String messageId,
            String eventType,
            String subject,
            String body,
            Instant eventTime)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO delivery (id, subscription_id, message_id, event_type,"
                        + " subject, body, event_time, status, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', now(), now()) ON CONFLICT (subscription_id, message_id) DO NOTHING")) {
            insert.setObject(1, id);
            insert.setObject(2, subscriptionId);
            insert.setString(3, messageId);
            insert.setString(4, eventType);
            insert.setString(5, subject);
            insert.setString(6, body);
            insert.setTimestamp(7, Timestamp.from(eventTime));
            return insert.executeUpdate() == 1;
        }
    }

    /** Claims a due delivery of an active subscription for one attempt; empty when it is not (any more). */
    public Optional<Claim> claim(UUID id) {
        String sql = "UPDATE delivery d SET lease_until = now() + make_interval(secs => ?), attempts = d.attempts + 1"
                + " FROM subscription s WHERE d.id = ? AND s.id = d.subscription_id AND d.status = 'pending'"
                + " AND s.status = 'active' AND d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until < now())"
                + " RETURNING " + CLAIMED_COLUMNS;
        try (Connection c = dataSource.getConnection();
                PreparedStatement claim = c.prepareStatement(sql)) {
            claim.setDouble(1, config.lease().toMillis() / 1000.0);
            claim.setObject(2, id);
            try (ResultSet row = claim.executeQuery()) {
                return row.next() ? Optional.of(claim(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim delivery " + id, e);
        }
    }

    /** Deliveries due now whose claim is free, oldest first: retries, and what a crash left behind. */
    public List<DeliveryRef> due(int limit) {
        String sql = "SELECT d.id, d.subscription_id FROM delivery d JOIN subscription s ON s.id = d.subscription_id"
                + " WHERE d.status = 'pending' AND s.status = 'active' AND d.next_attempt_at <= now()"
                + " AND (d.lease_until IS NULL OR d.lease_until < now()) ORDER BY d.next_attempt_at LIMIT ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement due = c.prepareStatement(sql)) {
            due.setInt(1, limit);
            List<DeliveryRef> refs = new ArrayList<>();
            try (ResultSet rows = due.executeQuery()) {
                while (rows.next()) {
                    refs.add(new DeliveryRef(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)));
                }
            }
            return refs;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read due deliveries", e);
        }
    }

    /**
     * Records an attempt and what follows: delivered; another attempt after a back-off (at least the
     * receiver's Retry-After); or dead once the budget is spent or the failure is permanent. A webhook
     * that keeps failing, or answers 410 Gone, is paused.
     *
     * @return the delivery's new status
     */
    public String record(Claim claim, SendResult result, Instant startedAt, Duration took) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (result.outcome() == SendResult.Outcome.DELIVERED) {
                    update(
                            c,
                            "UPDATE delivery SET status = 'delivered', delivered_at = now(), lease_until = NULL,"
                                    + " last_status = ?, last_error = NULL WHERE id = ?",
                            result.status(),
                            claim.id());
                    attempt(c, claim, "delivered", result, startedAt, took);
                    subscriptions.clearFailures(c, claim.subscriptionId());
                    return "delivered";
                }
                boolean dead =
                        result.outcome() == SendResult.Outcome.PERMANENT || claim.attempt() >= config.maxAttempts();
                Instant next = clock.instant().plus(wait(claim.attempt(), result.retryAfter()));
                update(
                        c,
                        "UPDATE delivery SET status = ?, next_attempt_at = ?, lease_until = NULL, last_status = ?,"
                                + " last_error = ? WHERE id = ?",
                        dead ? "dead" : "pending",
                        Timestamp.from(next),
                        result.status(),
                        result.error(),
                        claim.id());
                attempt(c, claim, dead ? "failed" : "retry", result, startedAt, took);
                int failures = subscriptions.countFailure(c, claim.subscriptionId());
                if (claim.channel() == Channel.WEBHOOK && (result.gone() || failures >= config.pauseAfterFailures())) {
                    pauser.pauseFailing(
                            claim.subscriptionId(),
                            result.gone()
                                    ? "接收端返回410（已停用），推送已暂停"
                                    : "连续" + failures + "次推送失败（最近一次：" + result.error() + "），推送已暂停");
                }
                return dead ? "dead" : "pending";
            }
        });
    }

    /** One page of deliveries of subscriptions under a place prefix, newest first; of one subscription or status when given. */
    public PageOf<Delivery> list(String placePrefix, UUID subscription, String status, int page, int size) {
        String where = "subscriptionId in (select s.id from Subscription s where s.place like :scope)"
                + (subscription == null ? "" : " and subscriptionId = :subscription")
                + (status == null ? "" : " and status = :status");
        Parameters parameters = Parameters.with("scope", placePrefix + "%");
        if (subscription != null) {
            parameters = parameters.and("subscription", subscription);
        }
        if (status != null) {
            parameters = parameters.and("status", status);
        }
        var found = Delivery.<Delivery>find(where, Sort.by("createdAt").descending(), parameters);
        return new PageOf<>(found.page(Page.of(page, size)).list(), page, size, found.count());
    }

    /** A delivery's attempts, first first. */
    public List<DeliveryAttempt> attempts(UUID id) {
        return DeliveryAttempt.list("deliveryId = ?1 order by startedAt, id", id);
    }

    /** A dead delivery pending again with a fresh attempt budget; empty when it is not dead. */
    public Optional<Delivery> revive(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int changed = Delivery.update(
                    "status = 'pending', attempts = 0, nextAttemptAt = current_timestamp, lastError = null"
                            + " where id = ?1 and status = 'dead'",
                    id);
            return changed == 0 ? Optional.<Delivery>empty() : Optional.of(Delivery.<Delivery>findById(id));
        });
    }

    /** The wait before the next attempt: the back-off, or the receiver's Retry-After if longer, capped. */
    Duration wait(int attempts, Duration retryAfter) {
        Duration wait = backoff.after(attempts);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return wait.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : wait;
    }

    private static void attempt(
            Connection c, Claim claim, String outcome, SendResult result, Instant startedAt, Duration took)
            throws SQLException {
        update(
                c,
                "INSERT INTO delivery_attempt (delivery_id, attempt, started_at, duration_ms, outcome, status_code, error)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                claim.id(),
                claim.attempt(),
                Timestamp.from(startedAt),
                (int) Math.min(Integer.MAX_VALUE, took.toMillis()),
                outcome,
                result.status(),
                result.error());
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Claim claim(ResultSet row) throws SQLException {
        return new Claim(
                row.getObject(1, UUID.class),
                row.getObject(2, UUID.class),
                Channel.fromWire(row.getString(3)),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                row.getInt(11),
                row.getTimestamp(12).toInstant());
    }
}
