package io.fazhi.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.fazhi.core.trace.Traceparent;
import io.fazhi.events.EventJson;
import io.fazhi.events.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the caller's transaction: it is published if and only if the state change
 * commits. {@link OutboxRelay} does the publishing.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    EventsConfig eventsConfig;

    /** Adds the event to the current transaction and returns its id (the CloudEvents {@code ce_id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(EventPayload payload) {
        return enqueueAll(List.of(payload)).get(0);
    }

    /** Adds the events to the current transaction in one round trip, in order; returns their ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> enqueueAll(List<? extends EventPayload> payloads) {
        return enqueueTraced(payloads.stream().map(Traced::inCurrentSpan).toList());
    }

    /**
     * An event and the trace it belongs to: what a consumer applying many events together keeps
     * of each event's span, to write them all at once after.
     */
    public record Traced(EventPayload payload, String traceparent) {

        /** The event, in the current span. */
        public static Traced inCurrentSpan(EventPayload payload) {
            return new Traced(payload, Traceparent.current());
        }
    }

    /** As {@link #enqueueAll}, each event continuing the trace it was raised in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> enqueueTraced(List<Traced> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload,
                                               traceparent)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Traced event : events) {
                EventPayload payload = event.payload();
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, payload.eventType().topic());
                insert.setString(3, payload.key());
                insert.setString(4, payload.eventType().type());
                insert.setString(5, eventsConfig.source());
                insert.setString(6, payload.subject());
                insert.setTimestamp(7, now);
                insert.setString(8, new String(EventJson.write(payload), StandardCharsets.UTF_8));
                insert.setString(9, event.traceparent());
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot write events "
                            + events.stream()
                                    .map(t -> t.payload().eventType().type())
                                    .toList() + " to the outbox",
                    e);
        }
        return ids;
    }
}
