package io.fazhi.notification.inbox;

import java.time.Instant;

/** An inbox item as dashboards read it, in lists and on the live stream. */
public record InboxView(
        long id,
        String place,
        String eventId,
        String eventType,
        String kind,
        String severity,
        String townshipCode,
        String countyCode,
        Integer year,
        String reportId,
        String title,
        String message,
        String link,
        Instant createdAt,
        Instant readAt) {

    public static InboxView of(InboxItem i) {
        return new InboxView(
                i.id,
                i.place,
                i.eventId,
                i.eventType,
                i.kind,
                i.severity,
                i.townshipCode,
                i.countyCode,
                i.year,
                i.reportId,
                i.title,
                i.body,
                i.link,
                i.createdAt,
                i.readAt);
    }
}
