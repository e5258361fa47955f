package io.fazhi.events;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents {@code type} of every event, with its topic and payload record. */
public enum EventType {
    REPORT_SUBMITTED("report.submitted", Topics.REPORTS, ReportSubmitted.class),
    REPORT_REVISED("report.revised", Topics.REPORTS, ReportRevised.class),
    REPORT_WITHDRAWN("report.withdrawn", Topics.REPORTS, ReportWithdrawn.class),
    REPORT_ASSESSED("report.assessed", Topics.ASSESSMENTS, ReportAssessed.class),
    COMPLIANCE_ALERT("compliance.alert", Topics.ALERTS, ComplianceAlert.class);

    private final String type;
    private final String topic;
    private final Class<? extends EventPayload> payload;

    EventType(String type, String topic, Class<? extends EventPayload> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payload() {
        return payload;
    }

    /** The JSON Schema of the payload, on the classpath. */
    public String schemaResource() {
        return "/schemas/" + type + ".schema.json";
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
