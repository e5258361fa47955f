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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The subscriptions that may want any of {@code notices}, found with one query for a whole
     * poll rather than one per event: those on a prefix of a notice's place, active or paused.
     */
    public Subscribers subscribersOf(Collection<Notice> notices) {
        Set<String> prefixes = new HashSet<>();
        notices.forEach(notice -> prefixes.addAll(NoticeMessages.prefixes(notice.place())));
        Map<String, List<Candidate>> byPlace = new HashMap<>();
        if (prefixes.isEmpty()) {
            return new Subscribers(byPlace);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, place, channel, kinds, min_severity, digest_seconds"
                     + " FROM subscription WHERE status IN ('active', 'paused') AND place = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar", prefixes.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Candidate candidate = new Candidate(rows.getObject(1, UUID.class), rows.getString(2),
                            Channel.fromWire(rows.getString(3)), Subscription.kindSet(rows.getString(4)),
                            Severity.fromWire(rows.getString(5)), rows.getObject(6) != null);
                    byPlace.computeIfAbsent(candidate.place(), place -> new ArrayList<>()).add(candidate);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the subscriptions of " + notices.size() + " notice(s)", e);
        }
        return new Subscribers(byPlace);
    }

    /**
     * @param subscribers found by {@link #subscribersOf} for notices including this one
     * @return the deliveries created, to be sent once the transaction commits
     */
    public List<DeliveryRef> route(Notice notice, Subscribers subscribers) {
        List<DeliveryRef> created = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Candidate subscription : subscribers.wanting(notice)) {
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

    /** The subscriptions on the places of a poll's notices, by place. */
    public static final class Subscribers {

        private final Map<String, List<Candidate>> byPlace;

        private Subscribers(Map<String, List<Candidate>> byPlace) {
            this.byPlace = byPlace;
        }

        /** Those on a prefix of the notice's place that want its kind at its severity. */
        List<Candidate> wanting(Notice notice) {
            List<Candidate> wanting = new ArrayList<>();
            for (String prefix : NoticeMessages.prefixes(notice.place())) {
                for (Candidate candidate : byPlace.getOrDefault(prefix, List.of())) {
                    if (NoticeKinds.matches(candidate.kinds(), notice.eventType(), notice.kind())
                            && notice.severity().compareTo(candidate.minimum()) >= 0) {
                        wanting.add(candidate);
                    }
                }
            }
            return wanting;
        }
    }

    private record Candidate(UUID id, String place, Channel channel, Set<String> kinds, Severity minimum, boolean digest) {
    }

    private static Optional<DeliveryRef> deliver(Connection c, Candidate subscription, Notice notice) throws SQLException {
        UUID id = UUID.randomUUID();
        String body = subscription.channel() == Channel.WEBHOOK ? NoticeMessages.webhookBody(notice) : NoticeMessages.emailText(notice);
        boolean created = DeliveryStore.insert(c, id, subscription.id(), notice.eventId(), notice.eventType(), notice.title(), body,
                notice.occurredAt());
        return created ? Optional.of(new DeliveryRef(id, subscription.id())) : Optional.empty();
    }

    private static void collect(Connection c, Candidate subscription, Notice notice) throws SQLException {
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
