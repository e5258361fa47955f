package io.fazhi.notification.route;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.Severity;
import io.fazhi.notification.deliver.DeliveryRef;
import io.fazhi.notification.deliver.DeliveryStore;
import io.fazhi.notification.inbox.InboxWriter;
import io.fazhi.notification.notice.Notice;
import io.fazhi.notification.notice.NoticeKinds;
import io.fazhi.notification.notice.NoticeMessages;
import io.fazhi.notification.subscription.Channel;
import io.fazhi.notification.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands a notice to every subscription that wants it — the place code is a prefix of the notice's
 * place, the kind is wanted, the severity reaches the minimum — in the consumer's transaction: an
 * inbox item, a digest entry, or a pending delivery. Paused subscriptions keep collecting.
 */
@ApplicationScoped
public class Fanout {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InboxWriter inbox;

    /** @return the deliveries created, to be sent once the transaction commits */
    public List<DeliveryRef> route(Notice notice) {
        List<DeliveryRef> created = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Matched subscription : matching(c, notice)) {
                if (subscription.channel() == Channel.INBOX) {
                    inbox.add(subscription.place(), subscription.id(), notice);
                } else if (subscription.digest()) {
                    collect(c, subscription, notice);
                } else {
                    deliver(c, subscription, notice).ifPresent(created::add);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot route event " + notice.eventId(), e);
        }
        return created;
    }

    private record Matched(UUID id, String place, Channel channel, boolean digest) {
    }

    private static List<Matched> matching(Connection c, Notice notice) throws SQLException {
        List<Matched> matched = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, place, channel, kinds, min_severity, digest_seconds"
                + " FROM subscription WHERE status IN ('active', 'paused') AND place = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar", NoticeMessages.prefixes(notice.place()).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    boolean wanted = NoticeKinds.matches(Subscription.kindSet(rows.getString(4)), notice.eventType(), notice.kind());
                    Severity minimum = Severity.fromWire(rows.getString(5));
                    if (wanted && notice.severity().compareTo(minimum) >= 0) {
                        matched.add(new Matched(rows.getObject(1, UUID.class), rows.getString(2),
                                Channel.fromWire(rows.getString(3)), rows.getObject(6) != null));
                    }
                }
            }
        }
        return matched;
    }

    private static Optional<DeliveryRef> deliver(Connection c, Matched subscription, Notice notice) throws SQLException {
        UUID id = UUID.randomUUID();
        String body = subscription.channel() == Channel.WEBHOOK ? NoticeMessages.webhookBody(notice) : NoticeMessages.emailText(notice);
        boolean created = DeliveryStore.insert(c, id, subscription.id(), notice.eventId(), notice.eventType(), notice.title(), body,
                notice.occurredAt());
        return created ? Optional.of(new DeliveryRef(id, subscription.id())) : Optional.empty();
    }

    private static void collect(Connection c, Matched subscription, Notice notice) throws SQLException {
        Notice.Township township = notice.township();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO digest_entry (subscription_id, event_id, township_code,"
                + " township_name, notice, event_time) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (subscription_id, event_id) DO NOTHING")) {
            insert.setObject(1, subscription.id());
            insert.setString(2, notice.eventId());
            insert.setString(3, notice.groupCode());
            insert.setString(4, township == null ? notice.countyName() : township.name());
            insert.setString(5, NoticeMessages.json(NoticeMessages.data(notice)));
            insert.setTimestamp(6, Timestamp.from(notice.occurredAt()));
            insert.executeUpdate();
        }
    }
}
