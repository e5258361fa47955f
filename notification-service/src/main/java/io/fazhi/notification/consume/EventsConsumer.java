package io.fazhi.notification.consume;

import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.ReceivedEvent;
import io.fazhi.notification.deliver.DeliveryRef;
import io.fazhi.notification.deliver.Dispatcher;
import io.fazhi.notification.notice.NoticeComposer;
import io.fazhi.notification.route.Fanout;
import io.fazhi.platform.consume.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    public void onReport(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("assessments")
    @Blocking
    public void onAssessment(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("alerts")
    @Blocking
    public void onAlert(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = KafkaCloudEvents.read(record);
        List<DeliveryRef> created = new ArrayList<>();
        idempotent.applyOnce(CONSUMER, event, e -> composer.compose(e).ifPresent(notice -> created.addAll(fanout.route(notice))));
        dispatcher.dispatch(created);
    }
}
