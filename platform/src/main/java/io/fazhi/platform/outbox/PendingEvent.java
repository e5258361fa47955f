package io.fazhi.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row waiting to be published. */
record PendingEvent(
        long seq,
        UUID id,
        String topic,
        String key,
        String type,
        String source,
        String subject,
        Instant occurredAt,
        String payload,
        int attempts,
        String traceparent) {}
