package io.fazhi.events;

/** An event that carries a report version in full (event-carried state): submitted or revised. */
public sealed interface ReportVersionEvent extends EventPayload permits ReportSubmitted, ReportRevised {

    ReportSnapshot report();

    @Override
    default String key() {
        return report().townshipCode();
    }

    @Override
    default String subject() {
        return report().reportId();
    }
}
