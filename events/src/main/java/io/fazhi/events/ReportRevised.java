package io.fazhi.events;

/** A later version replaces the current one; {@code report} is the new version in full. */
public record ReportRevised(ReportSnapshot report, int previousVersion) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.REPORT_REVISED;
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
