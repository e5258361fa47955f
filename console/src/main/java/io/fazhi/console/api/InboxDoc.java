package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** An inbox item (GET /api/v1/inbox and its live stream): what happened, to which township's report, when. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboxDoc(
        long id,
        String eventType,
        String kind,
        String severity,
        String townshipCode,
        Integer year,
        String reportId,
        String title,
        String message,
        Instant createdAt,
        Instant readAt) {

    /** A page of the inbox, newest first; {@code total} counts every item the query matches. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<InboxDoc> items, long total) {}
}
