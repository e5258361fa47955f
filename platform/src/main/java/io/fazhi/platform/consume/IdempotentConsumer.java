package io.fazhi.platform.consume;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.ReceivedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer: the event's {@code ce_id} is recorded in the same
 * transaction as the effect, so a redelivered event finds it and changes nothing, and an effect
 * that fails leaves no record; the event is then dead-lettered ({@link DeadLetters}) and the
 * consumer moves on.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeadLetters deadLetters;

    @Inject
    RecordTracing tracing;

    /**
     * Applies the events of one poll, in order, in one transaction: one commit and one
     * processed-event insert for the poll instead of one per event. When that transaction fails,
     * each event is applied in its own, so only the one that fails goes to {@code <topic>.dlq};
     * a record that is not an event goes there before the others are applied.
     *
     * @param consumer the name of the consuming component (its processed ids are its own)
     * @param effect applies an event and returns what the caller acts on once it is committed
     * @return what the effects returned, in order, only of those whose transaction committed
     */
    public <R> List<R> applyEachOnce(String consumer, ConsumerRecords<String, byte[]> records,
                                     Function<ReceivedEvent, ? extends Collection<R>> effect) {
        List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>(records.count());
        List<ReceivedEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(KafkaCloudEvents.read(record));
                readable.add(record);
            } catch (RuntimeException notAnEvent) {
                LOG.errorf(notAnEvent, "%s: dead-lettering a record that is not an event", consumer);
                deadLetters.send(record, notAnEvent);
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<R> results = new ArrayList<>();
                Set<String> firstDeliveries = recordFirstDeliveries(consumer, events);
                for (int i = 0; i < events.size(); i++) {
                    // remove: an event delivered twice in one poll is applied once
                    if (firstDeliveries.remove(events.get(i).id())) {
                        results.addAll(tracing.within(readable.get(i), events.get(i), effect));
                    }
                }
                return results;
            });
        } catch (RuntimeException pollFailed) {
            LOG.warnf("%s: a poll of %d event(s) failed (%s); applying them one at a time", consumer, events.size(), pollFailed);
            List<R> results = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                ReceivedEvent event = events.get(i);
                ConsumerRecord<String, byte[]> record = readable.get(i);
                try {
                    results.addAll(QuarkusTransaction.requiringNew().call(() ->
                            recordFirstDeliveries(consumer, List.of(event)).isEmpty() ? List.<R>of() : tracing.within(record, event, effect)));
                } catch (RuntimeException failed) {
                    LOG.errorf(failed, "%s: dead-lettering event %s", consumer, event.id());
                    deadLetters.send(record, failed);
                }
            }
            return results;
        }
    }

    /** @return the ids among {@code events} not applied before, now recorded as applied */
    private Set<String> recordFirstDeliveries(String consumer, List<ReceivedEvent> events) {
        // A concurrent delivery of the same id waits on the primary key, then inserts nothing.
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO processed_event (consumer, event_id) SELECT ?, unnest(?::text[])
                     ON CONFLICT DO NOTHING RETURNING event_id""")) {
            insert.setString(1, consumer);
            insert.setArray(2, c.createArrayOf("text", events.stream().map(ReceivedEvent::id).toArray()));
            Set<String> inserted = new HashSet<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the delivery of " + events.size() + " event(s) to " + consumer, e);
        }
    }
}
