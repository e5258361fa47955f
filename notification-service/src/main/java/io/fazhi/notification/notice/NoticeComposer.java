package io.fazhi.notification.notice;

import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.EventPayload;
import io.fazhi.events.EventType;
import io.fazhi.events.ReceivedEvent;
import io.fazhi.events.ReportAssessed;
import io.fazhi.events.ReportRevised;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportVersionEvent;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.events.RequiredContents;
import io.fazhi.events.Severity;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns an event into the notice a county office reads: which township, which year, what happened,
 * in Chinese, with a link to the report or its assessment. Events about no resolved township
 * concern no office and give no notice.
 */
@ApplicationScoped
public class NoticeComposer {

    @Inject
    Clock clock;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    @Inject
    PlaceDirectory places;

    @Inject
    LinkConfig links;

    public Optional<Notice> compose(ReceivedEvent event) {
        EventPayload payload = event.payload();
        Instant time = event.time() == null ? clock.instant() : event.time();
        if (payload instanceof ReportVersionEvent version) {
            return submitted(event, version, time);
        }
        if (payload instanceof ReportWithdrawn withdrawn) {
            return withdrawn(event, withdrawn, time);
        }
        if (payload instanceof ReportAssessed assessed) {
            return assessed(event, assessed, time);
        }
        if (payload instanceof ComplianceAlert alert) {
            return alert(event, alert, time);
        }
        return Optional.empty();
    }

    private Optional<Notice> submitted(ReceivedEvent event, ReportVersionEvent version, Instant time) {
        ReportSnapshot report = version.report();
        if (report.township() == null) {
            return Optional.empty();
        }
        boolean revised = version instanceof ReportRevised;
        Notice.Township township = township(report.township().code());
        String title = "【" + (revised ? EventType.REPORT_REVISED : EventType.REPORT_SUBMITTED).chinese() + "】"
                + township.name() + report.year() + "年度法治政府建设年度报告";
        String message = fullName(township.code()) + "于"
                + WHEN.format(report.submittedAt() == null ? time : report.submittedAt())
                + (revised ? "提交了修订后的" : "提交了") + report.year() + "年度法治政府建设年度报告（第" + report.version() + "版）"
                + (report.title() == null ? "" : "《" + report.title() + "》")
                + (report.warnings().isEmpty()
                        ? "。"
                        : "；解析提示" + report.warnings().size() + "条。");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", report.version());
        details.put("docNumber", report.docNumber());
        details.put(
                "sections",
                report.sections().stream().map(s -> s.kind()).distinct().toList());
        details.put("warnings", report.warnings());
        return Optional.of(notice(
                event,
                version.eventType().type(),
                Severity.INFO,
                township.code(),
                List.of(township),
                report.year(),
                report.reportId(),
                title,
                message,
                reportLink(report.reportId()),
                time,
                details));
    }

    private Optional<Notice> withdrawn(ReceivedEvent event, ReportWithdrawn withdrawn, Instant time) {
        if (withdrawn.townshipCode() == null) {
            return Optional.empty();
        }
        Notice.Township township = township(withdrawn.townshipCode());
        String title =
                "【" + EventType.REPORT_WITHDRAWN.chinese() + "】" + township.name() + withdrawn.year() + "年度法治政府建设年度报告";
        String message = fullName(township.code()) + "于"
                + WHEN.format(withdrawn.withdrawnAt() == null ? time : withdrawn.withdrawnAt())
                + "撤回了" + withdrawn.year() + "年度法治政府建设年度报告（共" + withdrawn.lastVersion() + "版）"
                + (withdrawn.reason() == null || withdrawn.reason().isBlank()
                        ? "。"
                        : "，原因：" + withdrawn.reason() + "。");
        return Optional.of(notice(
                event,
                withdrawn.eventType().type(),
                Severity.WARNING,
                township.code(),
                List.of(township),
                withdrawn.year(),
                withdrawn.reportId(),
                title,
                message,
                reportLink(withdrawn.reportId()),
                time,
                Map.of("lastVersion", withdrawn.lastVersion())));
    }

    private Optional<Notice> assessed(ReceivedEvent event, ReportAssessed assessed, Instant time) {
        if (assessed.townshipCode() == null) {
            return Optional.empty();
        }
        Notice.Township township = township(assessed.townshipCode());
        String score = String.format("%.1f", assessed.score());
        String title = "【" + EventType.REPORT_ASSESSED.chinese() + "】" + township.name() + assessed.year() + "年度报告核查得分"
                + score;
        StringBuilder message = new StringBuilder(fullName(township.code()) + assessed.year() + "年度法治政府建设年度报告（第"
                + assessed.version() + "版）按《法治政府建设实施纲要（2021—2025年）》核查得分" + score + "（满分100）");
        if (!assessed.missingContents().isEmpty()) {
            message.append("；缺少：")
                    .append(assessed.missingContents().stream()
                            .map(RequiredContents::chinese)
                            .collect(Collectors.joining("、")));
        }
        if (assessed.daysLate() > 0) {
            message.append("；逾期").append(assessed.daysLate()).append("天");
        }
        message.append("。");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", assessed.version());
        details.put("score", assessed.score());
        details.put("partScores", assessed.partScores());
        details.put("missingContents", assessed.missingContents());
        details.put("causesGiven", assessed.causesGiven());
        details.put("daysLate", assessed.daysLate());
        details.put("checklist", assessed.checklistId() + "@" + assessed.checklistVersion());
        return Optional.of(notice(
                event,
                assessed.eventType().type(),
                Severity.INFO,
                township.code(),
                List.of(township),
                assessed.year(),
                assessed.reportId(),
                title,
                message.toString(),
                assessmentLink(assessed.reportId()),
                time,
                details));
    }

    private Optional<Notice> alert(ReceivedEvent event, ComplianceAlert alert, Instant time) {
        if (alert.countyCode() == null) {
            return Optional.empty();
        }
        List<Notice.Township> townships =
                alert.townshipCodes().stream().map(this::township).toList();
        String names = townships.size() <= 3
                ? townships.stream().map(Notice.Township::name).collect(Collectors.joining("、"))
                : townships.get(0).name() + "等" + townships.size() + "个乡镇";
        String title = "【" + alert.kind().chinese() + "】" + names + alert.year() + "年度法治政府建设年度报告";
        String who = townships.size() == 1 ? fullName(townships.get(0).code()) : fullName(alert.countyCode()) + names;
        String message = who + "：" + alert.message()
                + (townships.size() > 3
                        ? "（" + townships.stream().map(Notice.Township::name).collect(Collectors.joining("、")) + "）"
                        : "");
        String place = townships.size() == 1 ? townships.get(0).code() : alert.countyCode();
        String link = alert.reportId() != null
                ? assessmentLink(alert.reportId())
                : links.baseUrl() + "/api/v1/rollups/" + alert.countyCode() + "?year=" + alert.year();
        return Optional.of(notice(
                event,
                alert.kind().wire(),
                alert.severity(),
                place,
                townships,
                alert.year(),
                alert.reportId(),
                title,
                message,
                link,
                time,
                alert.details()));
    }

    private Notice notice(
            ReceivedEvent event,
            String kind,
            Severity severity,
            String place,
            List<Notice.Township> townships,
            int year,
            String reportId,
            String title,
            String message,
            String link,
            Instant time,
            Map<String, Object> details) {
        String county = Notice.countyOf(place);
        return new Notice(
                event.id(),
                event.type(),
                kind,
                severity,
                place,
                townships,
                county,
                placeName(county),
                year,
                reportId,
                title,
                message,
                link,
                time,
                details);
    }

    private Notice.Township township(String code) {
        return new Notice.Township(code, placeName(code));
    }

    private String placeName(String code) {
        return places.byCode(code).map(Place::name).orElse(code);
    }

    /** City, county and township names, as an office writes a place: 长治市上党区南宋镇. */
    private String fullName(String code) {
        List<Place> path = places.path(code);
        if (path.isEmpty()) {
            return code;
        }
        return path.stream().skip(Math.max(0, path.size() - 3)).map(Place::name).collect(Collectors.joining());
    }

    private String reportLink(String reportId) {
        return links.baseUrl() + "/api/v1/reports/" + reportId;
    }

    private String assessmentLink(String reportId) {
        return links.baseUrl() + "/api/v1/assessments/" + reportId;
    }
}
