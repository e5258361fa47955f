package io.fazhi.events;

import java.time.Instant;

/** A report has been withdrawn: its assessment no longer counts. Its versions stay readable. */
public record ReportWithdrawn(
        String reportId,
        int lastVersion,
        int year,
        String townshipCode,
        String countyCode,
        Instant withdrawnAt,
        String reason)
        implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.REPORT_WITHDRAWN;
    }

    @Override
    public String key() {
        return townshipCode;
    }

    @Override
    public String subject() {
        return reportId;
    }
}
