package io.fazhi.platform.consume;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ReceivedEvent;
import io.fazhi.events.ReportWithdrawn;
import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer written the way services write theirs; its effect notes its transaction and trace. */
@ApplicationScoped
public class ProbeConsumer {

    /** How often each connection-lost event was attempted. */
    private static final Map<String, AtomicInteger> CONNECTIONS_LOST = new ConcurrentHashMap<>();

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    AgroalDataSource dataSource;

    @Incoming("probe")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        idempotent.applyAllOnce("probe", records, deliveries -> {
            deliveries.forEach(delivery -> delivery.traced(this::apply));
            return List.of();
        });
    }

    private List<Void> apply(ReceivedEvent event) {
        ReportWithdrawn withdrawn = event.payload(ReportWithdrawn.class);
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO probe_effect (event_id, report_id, tx, trace_id) VALUES (?, ?, txid_current(), ?)")) {
            insert.setString(1, event.id());
            insert.setString(2, withdrawn.reportId());
            insert.setString(3, Span.current().getSpanContext().getTraceId());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if ("connection-lost".equals(withdrawn.reason())
                && CONNECTIONS_LOST
                                .computeIfAbsent(event.id(), id -> new AtomicInteger())
                                .incrementAndGet()
                        <= 2) {
            // The server drops the transaction's connection on the first two attempts, as a restarting database does:
            // longer than one poll and one retry one event at a time.
            try (Connection c = dataSource.getConnection();
                    Statement kill = c.createStatement()) {
                kill.execute("SELECT pg_terminate_backend(pg_backend_pid())");
            } catch (SQLException e) {
                throw new IllegalStateException("the connection was lost", e);
            }
        }
        if ("poison".equals(withdrawn.reason())) {
            // After the insert: the rollback must undo it.
            throw new IllegalArgumentException("cannot process report " + withdrawn.reportId() + ": poison");
        }
        return List.of();
    }
}
