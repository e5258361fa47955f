package io.fazhi.events;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents {@code type} of every event, with its topic and payload record. */
public enum EventType {
    REPORT_SUBMITTED("report.submitted", "报告已提交", Topics.REPORTS, ReportSubmitted.class),
    REPORT_REVISED("report.revised", "报告已修订", Topics.REPORTS, ReportRevised.class),
    REPORT_WITHDRAWN("report.withdrawn", "报告已撤回", Topics.REPORTS, ReportWithdrawn.class),
    REPORT_ASSESSED("report.assessed", "评估完成", Topics.ASSESSMENTS, ReportAssessed.class),
    COMPLIANCE_ALERT("compliance.alert", "合规提醒", Topics.ALERTS, ComplianceAlert.class);

    private final String type;
    private final String chinese;
    private final String topic;
    private final Class<? extends EventPayload> payload;

    EventType(String type, String chinese, String topic, Class<? extends EventPayload> payload) {
        this.type = type;
        this.chinese = chinese;
        this.topic = topic;
        this.payload = payload;
    }

    /** What an office reads: in notices' titles, inbox filters and subscription forms. */
    public String chinese() {
        return chinese;
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
