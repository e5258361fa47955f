package io.fazhi.events;

/** The first version of a township's report for a year has been accepted. */
public record ReportSubmitted(ReportSnapshot report) implements ReportVersionEvent {

    @Override
    public EventType eventType() {
        return EventType.REPORT_SUBMITTED;
    }
}
