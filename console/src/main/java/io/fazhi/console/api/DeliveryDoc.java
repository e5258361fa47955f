package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A webhook delivery and its attempts (GET /api/v1/deliveries). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryDoc(
        String id,
        String subscriptionId,
        String eventType,
        String subject,
        String status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant deliveredAt) {

    /** A page of deliveries. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<DeliveryDoc> items, long total) {}
}
