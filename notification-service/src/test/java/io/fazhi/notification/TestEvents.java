package io.fazhi.notification;

import io.fazhi.events.AlertKind;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.EventPayload;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.PlaceRef;
import io.fazhi.events.ReportAssessed;
import io.fazhi.events.ReportSection;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.events.Severity;
import io.fazhi.local.KafkaTestClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The events metrics-service and report-service publish, sent on the real broker. */
public final class TestEvents {

    private TestEvents() {}

    public static ComplianceAlert missingSection(String township, String reportId) {
        return new ComplianceAlert(
                UUID.randomUUID().toString(),
                AlertKind.MISSING_SECTION,
                Severity.WARNING,
                township.substring(0, 6),
                List.of(township),
                2024,
                reportId,
                "2024年度报告缺少必备内容：存在的不足和原因",
                Map.of("missing", List.of("shortcomings")),
                Instant.parse("2025-01-10T02:00:00Z"));
    }

    public static ComplianceAlert lowScore(String township, Severity severity) {
        return new ComplianceAlert(
                UUID.randomUUID().toString(),
                AlertKind.LOW_SCORE,
                severity,
                township.substring(0, 6),
                List.of(township),
                2024,
                "r-" + UUID.randomUUID(),
                "2024年度报告核查得分21.0，低于60",
                Map.of("score", 21.0),
                Instant.now());
    }

    public static ReportSubmitted submitted(String township, String name, String reportId) {
        return new ReportSubmitted(new ReportSnapshot(
                reportId,
                1,
                2024,
                new PlaceRef(township, name),
                township.substring(0, 6),
                "关于" + name + "2024年度法治政府建设工作情况的报告",
                "文〔2025〕1号",
                null,
                Instant.parse("2025-01-09T01:30:00Z"),
                "正文",
                List.of(new ReportSection("measures", "一、主要举措", 1, 0, 2, null)),
                List.of()));
    }

    public static ReportAssessed assessed(String township, String reportId) {
        return new ReportAssessed(
                reportId,
                1,
                2024,
                township,
                township.substring(0, 6),
                "plan-2021-2025",
                "1.0",
                72.5,
                Map.of("p1", 80.0),
                List.of("shortcomings"),
                false,
                0,
                Instant.now());
    }

    /** Sends the payload as a CloudEvent with the given id; returns the id. */
    public static String send(String bootstrap, EventPayload payload, String id) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(KafkaCloudEvents.record(payload, id, "/metrics-service", Instant.now()));
        }
        return id;
    }

    public static String send(String bootstrap, EventPayload payload) {
        return send(bootstrap, payload, "ev-" + UUID.randomUUID());
    }
}
