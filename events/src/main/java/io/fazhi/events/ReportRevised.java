package io.fazhi.events;

/** A later version replaces the current one; {@code report} is the new version in full. */
public record ReportRevised(ReportSnapshot report, int previousVersion) implements ReportVersionEvent {

    @Override
    public EventType eventType() {
        return EventType.REPORT_REVISED;
    }
}
