package io.fazhi.events;

/** Kafka topics of the suite. Every topic {@code T} has a dead-letter twin {@code T.dlq}. */
public final class Topics {
    /** Key: township code. Producer: report-service. */
    public static final String REPORTS = "reports.v1";
    /** Key: township code. Producer: metrics-service. */
    public static final String ASSESSMENTS = "assessments.v1";
    /** Key: county code. Producer: metrics-service. */
    public static final String ALERTS = "alerts.v1";

    private Topics() {}

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
