package io.fazhi.notification.route;

import io.agroal.api.AgroalDataSource;
import io.fazhi.notification.deliver.DeliveryRef;
import io.fazhi.notification.deliver.DeliveryStore;
import io.fazhi.notification.digest.DigestEntryStore;
import io.fazhi.notification.inbox.InboxStore;
import io.fazhi.notification.notice.Notice;
import io.fazhi.notification.notice.NoticeKinds;
import io.fazhi.notification.notice.NoticeMessages;
import io.fazhi.notification.subscription.Channel;
import io.fazhi.notification.subscription.SubscriptionStore;
import io.fazhi.notification.subscription.SubscriptionStore.Subscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
    InboxStore inbox;

    @Inject
    SubscriptionStore subscriptions;

    /**
     * The subscriptions that may want any of {@code notices}, found with one query for a whole
     * poll rather than one per event: those on a prefix of a notice's place, active or paused.
     */
    public Subscribers subscribersOf(Collection<Notice> notices) {
        Set<String> prefixes = new HashSet<>();
        notices.forEach(notice -> prefixes.addAll(NoticeMessages.prefixes(notice.place())));
        Map<String, List<Subscriber>> byPlace = new HashMap<>();
        subscriptions
                .onPlaces(prefixes)
                .forEach(s -> byPlace.computeIfAbsent(s.place(), place -> new ArrayList<>())
                        .add(s));
        return new Subscribers(byPlace);
    }

    /**
     * @param subscribers found by {@link #subscribersOf} for notices including this one
     * @return the deliveries created, to be sent once the transaction commits
     */
    public List<DeliveryRef> route(Notice notice, Subscribers subscribers) {
        List<DeliveryRef> created = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Subscriber subscription : subscribers.wanting(notice)) {
                if (subscription.channel() == Channel.INBOX) {
                    inbox.add(subscription.place(), subscription.id(), notice);
                } else if (subscription.digest()) {
                    DigestEntryStore.collect(c, subscription.id(), notice);
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

        private final Map<String, List<Subscriber>> byPlace;

        private Subscribers(Map<String, List<Subscriber>> byPlace) {
            this.byPlace = byPlace;
        }

        /** Those on a prefix of the notice's place that want its kind at its severity. */
        List<Subscriber> wanting(Notice notice) {
            List<Subscriber> wanting = new ArrayList<>();
            for (String prefix : NoticeMessages.prefixes(notice.place())) {
                for (Subscriber candidate : byPlace.getOrDefault(prefix, List.of())) {
                    if (NoticeKinds.matches(candidate.kinds(), notice.eventType(), notice.kind())
                            && notice.severity().compareTo(candidate.minimum()) >= 0) {
                        wanting.add(candidate);
                    }
                }
            }
            return wanting;
        }
    }

    private static Optional<DeliveryRef> deliver(Connection c, Subscriber subscription, Notice notice)
            throws SQLException {
        UUID id = UUID.randomUUID();
        String body = subscription.channel() == Channel.WEBHOOK
                ? NoticeMessages.webhookBody(notice)
                : NoticeMessages.emailText(notice);
        boolean created = DeliveryStore.insert(
                c,
                id,
                subscription.id(),
                notice.eventId(),
                notice.eventType(),
                notice.title(),
                body,
                notice.occurredAt());
        return created ? Optional.of(new DeliveryRef(id, subscription.id())) : Optional.empty();
    }
}
