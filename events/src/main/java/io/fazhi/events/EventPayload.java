package io.fazhi.events;

/**
 * A payload carried in the body of a CloudEvent. The payload names its own type, subject and
 * Kafka key so a producer cannot pair a body with the wrong headers.
 */
public sealed interface EventPayload permits ReportVersionEvent, ReportWithdrawn, ReportAssessed, ComplianceAlert {

    EventType eventType();

    /** The Kafka record key: the township code for report events, the county code for alerts. */
    String key();

    /** The CloudEvents {@code subject}: what the event is about (a report id, a place code). */
    String subject();
}
