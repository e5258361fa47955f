package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A subscription as notification-service shows it; {@code secret} only in the answer that created or rotated it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionDoc(
        String id,
        String place,
        String placeName,
        String channel,
        List<String> kinds,
        String target,
        String status,
        String statusReason,
        int consecutiveFailures,
        Instant createdAt,
        String secret) {

    /** A page of subscriptions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<SubscriptionDoc> items, long total) {}

    /** What the form asks for (POST /api/v1/subscriptions). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String place, String channel, List<String> kinds, String target) {}
}
