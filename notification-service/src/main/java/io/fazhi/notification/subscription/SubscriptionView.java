package io.fazhi.notification.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its office sees it; the secret only in the answer that created or rotated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        UUID id,
        String place,
        String placeName,
        String channel,
        List<String> kinds,
        String target,
        String minSeverity,
        String digest,
        String status,
        String statusReason,
        int consecutiveFailures,
        Instant createdAt,

        @Schema(description = "The signing secret (whsec_…): shown when created or rotated, never again")
        String secret) {

    public static SubscriptionView of(Subscription s, String placeName, String secret) {
        return new SubscriptionView(
                s.id,
                s.place,
                placeName,
                s.channel,
                List.copyOf(s.kindSet()),
                s.target,
                s.minSeverity,
                s.digest() == null ? null : s.digest().toString(),
                s.status,
                s.statusReason,
                s.consecutiveFailures,
                s.createdAt,
                secret);
    }
}
