package io.fazhi.platform.consume;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ReceivedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Applies an event at most once per consumer: the event's {@code ce_id} is recorded in the same
 * transaction as the effect, so a redelivered event finds it and changes nothing, and an effect
 * that fails leaves no record (the event can be retried or dead-lettered).
 *
 * <p>A consumer that throws from {@code effect} lets the exception reach SmallRye Reactive
 * Messaging, whose {@code dead-letter-queue} failure strategy sends the record to
 * {@code <topic>.dlq} with the error and moves on to the next record.
 */
@ApplicationScoped
public class IdempotentConsumer {

    @Inject
    AgroalDataSource dataSource;

    /**
     * @param consumer the name of the consuming component (its processed ids are its own)
     * @return true when the effect ran, false when the event had been applied before
     */
    public boolean applyOnce(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!recordFirstDelivery(consumer, event.id())) {
                return false;
            }
            effect.accept(event);
            return true;
        });
    }

    private boolean recordFirstDelivery(String consumer, String eventId) throws SQLException {
        // A concurrent delivery of the same id waits on the primary key, then inserts nothing.
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            return insert.executeUpdate() == 1;
        }
    }
}
