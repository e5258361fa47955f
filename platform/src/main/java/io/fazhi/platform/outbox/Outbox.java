package io.fazhi.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.EventJson;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** The CloudEvents source of this service's events, e.g. /report-service. */
    @ConfigProperty(name = "fazhi.events.source")
    String source;

    /** Adds the event to the current transaction and returns its id (the CloudEvents {@code ce_id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(EventPayload payload) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload,
                                               traceparent)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, payload.eventType().topic());
            insert.setString(3, payload.key());
            insert.setString(4, payload.eventType().type());
            insert.setString(5, source);
            insert.setString(6, payload.subject());
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setString(8, new String(EventJson.write(payload), StandardCharsets.UTF_8));
            insert.setString(9, traceparent());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write event " + payload.eventType().type() + " to the outbox", e);
        }
        return id;
    }

    /** The current span as a W3C traceparent, or null outside a trace. */
    static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex() : null;
    }
}
