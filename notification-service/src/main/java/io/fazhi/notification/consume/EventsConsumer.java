package io.fazhi.notification.consume;

import io.fazhi.notification.deliver.DeliveryRef;
import io.fazhi.notification.deliver.Dispatcher;
import io.fazhi.notification.notice.Notice;
import io.fazhi.notification.notice.NoticeComposer;
import io.fazhi.notification.route.Fanout;
import io.fazhi.notification.route.Fanout.Subscribers;
import io.fazhi.platform.consume.IdempotentConsumer;
import io.fazhi.platform.consume.IdempotentConsumer.PolledEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads report, assessment and alert events; each becomes notices for the subscriptions that want
 * it, once: the event's id is recorded with the notices it created, so a redelivered event (after
 * a restart, a rebalance) creates nothing new. Deliveries are sent after that commit.
 */
@ApplicationScoped
public class EventsConsumer {

    private static final String CONSUMER = "notification-events";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    NoticeComposer composer;

    @Inject
    Fanout fanout;

    @Inject
    Dispatcher dispatcher;

    @Incoming("reports")
    @Blocking
    public void onReports(ConsumerRecords<String, byte[]> records) {
        handle(records);
    }

    @Incoming("assessments")
    @Blocking
    public void onAssessments(ConsumerRecords<String, byte[]> records) {
        handle(records);
    }

    @Incoming("alerts")
    @Blocking
    public void onAlerts(ConsumerRecords<String, byte[]> records) {
        handle(records);
    }

    /** A poll's events in one transaction (see {@link IdempotentConsumer#applyAllOnce}). */
    private void handle(ConsumerRecords<String, byte[]> records) {
        dispatcher.dispatch(idempotent.applyAllOnce(CONSUMER, records, this::route));
    }

    /** Composes each event's notice, finds the subscribers of all of them at once, then routes each in its own trace. */
    private List<DeliveryRef> route(List<PolledEvent> polledEvents) {
        Map<PolledEvent, Notice> notices = new LinkedHashMap<>();
        for (PolledEvent polled : polledEvents) {
            composer.compose(polled.event()).ifPresent(notice -> notices.put(polled, notice));
        }
        Subscribers subscribers = fanout.subscribersOf(notices.values());
        List<DeliveryRef> created = new ArrayList<>();
        notices.forEach((polled, notice) -> created.addAll(polled.traced(event -> fanout.route(notice, subscribers))));
        return created;
    }
}
