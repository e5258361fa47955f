package io.fazhi.platform.consume;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.ReceivedEvent;
import io.fazhi.platform.retry.Backoff;
import io.fazhi.platform.retry.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
 * consumer moves on. A database that cannot be reached is not the event's fault: the poll waits
 * for it and is applied again, and nothing is dead-lettered for an outage.
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

    @Inject
    ConsumeConfig config;

    private static final Backoff OUTAGE_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

    /**
     * Applies the events of one poll, in order, in one transaction: one commit and one
     * processed-event insert for the poll instead of one per event. {@code effect} gets the events
     * not applied before, in order, and may serve many with one statement; it runs the part of each
     * event's work that belongs to its trace through {@link PolledEvent#traced}. When the poll's
     * transaction fails, {@code effect} gets one event at a time, each in its own transaction, so
     * only the one that fails goes to {@code <topic>.dlq}; a record that is not an event goes there
     * before the others are applied.
     *
     * @param consumer the name of the consuming component (its processed ids are its own)
     * @return what {@code effect} returned, in order, only of the transactions that committed
     */
    public <R> List<R> applyAllOnce(
            String consumer,
            ConsumerRecords<String, byte[]> records,
            Function<List<PolledEvent>, ? extends Collection<R>> effect) {
        List<PolledEvent> polledEvents = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                polledEvents.add(new PolledEvent(record, KafkaCloudEvents.read(record), tracing));
            } catch (RuntimeException notAnEvent) {
                LOG.errorf(notAnEvent, "%s: dead-lettering a record that is not an event", consumer);
                deadLetters.send(record, notAnEvent);
            }
        }
        if (polledEvents.isEmpty()) {
            return List.of();
        }
        List<R> results = new ArrayList<>();
        long giveUp = System.nanoTime() + config.databaseWait().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                applyPoll(consumer, polledEvents, effect, results);
                return results;
            } catch (RuntimeException outage) {
                SQLException cause = DatabaseOutage.causeOf(outage);
                if (cause == null || System.nanoTime() > giveUp) {
                    throw outage;
                }
                // What committed before the outage is recorded as processed: the next attempt skips it.
                Duration pause = OUTAGE_BACKOFF.after(attempt);
                LOG.warnf(
                        "%s: the database is unreachable (%s); applying the poll of %d event(s) again in %d ms",
                        consumer, cause.getMessage(), polledEvents.size(), pause.toMillis());
                sleep(pause);
            }
        }
    }

    /**
     * The poll in one transaction or, when that fails for a reason of its own, one event at a time;
     * an outage goes to the caller, with the results of what committed so far in {@code results}.
     * A dead-lettered event leaves {@code polledEvents}, so a poll applied again does not send it twice.
     */
    private <R> void applyPoll(
            String consumer,
            List<PolledEvent> polledEvents,
            Function<List<PolledEvent>, ? extends Collection<R>> effect,
            List<R> results) {
        try {
            results.addAll(applyInOneTransaction(consumer, polledEvents, effect));
            return;
        } catch (RuntimeException pollFailed) {
            if (DatabaseOutage.causeOf(pollFailed) != null) {
                throw pollFailed;
            }
            LOG.warnf(
                    "%s: a poll of %d event(s) failed (%s); applying them one at a time",
                    consumer, polledEvents.size(), pollFailed);
        }
        for (PolledEvent polled : List.copyOf(polledEvents)) {
            try {
                results.addAll(applyInOneTransaction(consumer, List.of(polled), effect));
            } catch (RuntimeException failed) {
                if (DatabaseOutage.causeOf(failed) != null) {
                    throw failed;
                }
                LOG.errorf(
                        failed,
                        "%s: dead-lettering event %s",
                        consumer,
                        polled.event().id());
                deadLetters.send(polled.record(), failed);
                polledEvents.remove(polled);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    /** An event and the record it came in. */
    public static final class PolledEvent {

        private final ConsumerRecord<String, byte[]> record;
        private final ReceivedEvent event;
        private final RecordTracing tracing;

        private PolledEvent(ConsumerRecord<String, byte[]> record, ReceivedEvent event, RecordTracing tracing) {
            this.record = record;
            this.event = event;
            this.tracing = tracing;
        }

        public ReceivedEvent event() {
            return event;
        }

        ConsumerRecord<String, byte[]> record() {
            return record;
        }

        /** Runs {@code work} on the event inside its own span, continuing the trace its producer started. */
        public <T> T traced(Function<ReceivedEvent, T> work) {
            return tracing.within(record, event, work);
        }
    }

    /** Applies, in a new transaction, those of {@code polledEvents} not applied before, in order. */
    private <R> List<R> applyInOneTransaction(
            String consumer,
            List<PolledEvent> polledEvents,
            Function<List<PolledEvent>, ? extends Collection<R>> effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> firstPolled = recordFirstPolled(consumer, polledEvents);
            List<PolledEvent> first = new ArrayList<>(firstPolled.size());
            for (PolledEvent polled : polledEvents) {
                // remove: an event delivered twice in one poll is applied once
                if (firstPolled.remove(polled.event().id())) {
                    first.add(polled);
                }
            }
            return first.isEmpty() ? List.<R>of() : new ArrayList<R>(effect.apply(first));
        });
    }

    /** @return the ids among {@code polledEvents} not applied before, now recorded as applied */
    private Set<String> recordFirstPolled(String consumer, List<PolledEvent> polledEvents) {
        // A concurrent polled of the same id waits on the primary key, then inserts nothing.
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO processed_event (consumer, event_id) SELECT ?, unnest(?::text[])
                     ON CONFLICT DO NOTHING RETURNING event_id""")) {
            insert.setString(1, consumer);
            insert.setArray(
                    2,
                    c.createArrayOf(
                            "text",
                            polledEvents.stream().map(d -> d.event().id()).toArray()));
            Set<String> inserted = new HashSet<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot record the polled of " + polledEvents.size() + " event(s) to " + consumer, e);
        }
    }
}
