package io.fazhi.events;

/** The first version of a township's report for a year has been accepted. */
public record ReportSubmitted(ReportSnapshot report) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.REPORT_SUBMITTED;
    }

    @Override
    public String key() {
        return report.townshipCode();
    }

    @Override
    public String subject() {
        return report.reportId();
    }
}
