package io.fazhi.notification.deliver;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery with, when read alone, every attempt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        UUID id,
        UUID subscriptionId,
        String messageId,
        String eventType,
        String subject,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant deliveredAt,
        List<AttemptView> attemptLog) {

    public record AttemptView(
            int attempt, Instant startedAt, int durationMs, String outcome, Integer statusCode, String error) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.attempt, a.startedAt, a.durationMs, a.outcome, a.statusCode, a.error);
        }
    }

    public static DeliveryView of(Delivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryView(
                d.id,
                d.subscriptionId,
                d.messageId,
                d.eventType,
                d.subject,
                d.status,
                d.attempts,
                d.status.equals("pending") ? d.nextAttemptAt : null,
                d.lastStatus,
                d.lastError,
                d.createdAt,
                d.deliveredAt,
                attempts == null ? null : attempts.stream().map(AttemptView::of).toList());
    }
}
