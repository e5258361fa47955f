package io.fazhi.metrics.publish;

import io.fazhi.events.AlertKind;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.ReportAssessed;
import io.fazhi.events.RequiredContents;
import io.fazhi.events.Severity;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes {@code report.assessed} and the compliance alerts an assessment raises to the outbox, in
 * the transaction that stores the assessment.
 */
@ApplicationScoped
public class AssessmentEvents {

    @Inject
    Outbox outbox;

    @Inject
    AlertConfig config;

    /** An assessment and the trace of the report event it answers (a W3C traceparent; null: none). */
    public record Traced(Assessment assessment, String traceparent) {}

    /** {@code report.assessed} and the alerts of each assessment, in one round trip, each in its own trace. */
    public void assessed(List<Traced> assessed) {
        List<Outbox.Traced> events = new ArrayList<>();
        for (Traced one : assessed) {
            events.add(new Outbox.Traced(reportAssessed(one.assessment()), one.traceparent()));
            for (ComplianceAlert alert : alerts(one.assessment())) {
                events.add(new Outbox.Traced(alert, one.traceparent()));
            }
        }
        outbox.enqueueTraced(events);
    }

    /** {@code report.assessed} alone: for a re-assessment, whose alerts were raised on arrival. */
    public void reassessed(Assessment a) {
        outbox.enqueue(reportAssessed(a));
    }

    private static ReportAssessed reportAssessed(Assessment a) {
        return new ReportAssessed(
                a.reportId(),
                a.version(),
                a.year(),
                a.townshipCode(),
                a.countyCode(),
                a.checklistId(),
                a.checklistVersion(),
                a.score(),
                a.partScores(),
                missing(a),
                a.requiredContents().causesGiven(),
                a.timeliness().daysLate(),
                a.assessedAt());
    }

    List<ComplianceAlert> alerts(Assessment a) {
        List<ComplianceAlert> alerts = new ArrayList<>();
        List<String> missing = missing(a);
        if (!missing.isEmpty()) {
            alerts.add(alert(
                    a,
                    AlertKind.MISSING_SECTION,
                    Severity.WARNING,
                    a.year() + "年度报告缺少必备内容："
                            + String.join(
                                    "、",
                                    missing.stream()
                                            .map(RequiredContents::chinese)
                                            .toList()),
                    Map.of("missing", missing)));
        }
        if (a.score() < config.lowScore()) {
            alerts.add(alert(
                    a,
                    AlertKind.LOW_SCORE,
                    a.score() < config.lowScore() / 2 ? Severity.CRITICAL : Severity.WARNING,
                    a.year() + "年度报告核查得分" + a.score() + "，低于" + config.lowScore(),
                    Map.of("score", a.score(), "threshold", config.lowScore())));
        }
        List<io.fazhi.metrics.reuse.ReuseMatch> copied = a.reuse().stream()
                .filter(m -> m.sharedChars() >= config.reuseMinSharedChars())
                .toList();
        if (!copied.isEmpty()) {
            alerts.add(alert(
                    a,
                    AlertKind.TEMPLATE_REUSE,
                    Severity.INFO,
                    a.year() + "年度报告与" + copied.size() + "份其他乡镇报告有大段文字几乎相同",
                    Map.of(
                            "matches",
                            copied.stream()
                                    .map(m -> Map.of(
                                            "reportId",
                                            m.otherReportId(),
                                            "townshipCode",
                                            m.otherTownshipCode(),
                                            "sharedChars",
                                            m.sharedChars()))
                                    .toList())));
        }
        if (a.timeliness().late()) {
            alerts.add(alert(
                    a,
                    AlertKind.LATE,
                    Severity.WARNING,
                    a.year() + "年度报告逾期" + a.timeliness().daysLate() + "天报送（应于"
                            + a.timeliness().dueDate() + "前）",
                    Map.of(
                            "dueDate",
                            a.timeliness().dueDate().toString(),
                            "daysLate",
                            a.timeliness().daysLate())));
        }
        return alerts;
    }

    /** Missing sections, plus "causes" when shortcomings are given without their causes. */
    private static List<String> missing(Assessment a) {
        List<String> missing = new ArrayList<>(a.requiredContents().missing());
        if (a.requiredContents().present().contains("shortcomings")
                && !a.requiredContents().causesGiven()) {
            missing.add("causes");
        }
        return missing;
    }

    private static ComplianceAlert alert(
            Assessment a, AlertKind kind, Severity severity, String message, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("reportVersion", a.version());
        return new ComplianceAlert(
                UUID.randomUUID().toString(),
                kind,
                severity,
                a.countyCode(),
                List.of(a.townshipCode()),
                a.year(),
                a.reportId(),
                message,
                all,
                a.assessedAt());
    }
}
