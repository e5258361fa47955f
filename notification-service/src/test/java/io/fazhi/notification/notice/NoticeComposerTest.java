package io.fazhi.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.events.AlertKind;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.EventJson;
import io.fazhi.events.EventPayload;
import io.fazhi.events.ReceivedEvent;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.events.Severity;
import io.fazhi.notification.TestEvents;
import io.fazhi.platform.places.PlaceDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a county office reads, for each event type — in Chinese, naming the township, the year, what happened, and where to look. */
class NoticeComposerTest {

    private final NoticeComposer composer = composer();

    private static NoticeComposer composer() {
        NoticeComposer composer = new NoticeComposer();
        composer.places = new PlaceDirectory();
        composer.links = () -> "https://fazhi.example.gov.cn";
        return composer;
    }

    @Test
    void aSubmittedReport() {
        Notice notice = compose(TestEvents.submitted("140404107", "南宋镇", "r-1"));
        assertThat(notice.title()).isEqualTo("【报告已提交】南宋镇2024年度法治政府建设年度报告");
        assertThat(notice.message())
                .isEqualTo("长治市上党区南宋镇于2025-01-09 09:30提交了2024年度法治政府建设年度报告（第1版）" + "《关于南宋镇2024年度法治政府建设工作情况的报告》。");
        assertThat(notice.link()).isEqualTo("https://fazhi.example.gov.cn/api/v1/reports/r-1");
        assertThat(notice.severity()).isEqualTo(Severity.INFO);
        assertThat(notice.place()).isEqualTo("140404107");
        assertThat(notice.countyName()).isEqualTo("上党区");
    }

    @Test
    void anAssessmentNamesItsScoreAndWhatIsMissing() {
        Notice notice = compose(TestEvents.assessed("140404107", "r-2"));
        assertThat(notice.title()).isEqualTo("【评估完成】南宋镇2024年度报告核查得分72.5");
        assertThat(notice.message()).contains("核查得分72.5（满分100）", "缺少：存在的不足和原因");
        assertThat(notice.link()).endsWith("/api/v1/assessments/r-2");
    }

    @Test
    void aDeadlineAlertAboutManyTownshipsGoesToTheirCounty() {
        ComplianceAlert overdue = new ComplianceAlert(
                "a-1",
                AlertKind.OVERDUE,
                Severity.CRITICAL,
                "140404",
                List.of("140404100", "140404101", "140404102", "140404103"),
                2024,
                null,
                "2024年度报告已逾期未报送",
                Map.of(),
                Instant.parse("2025-04-01T00:00:00Z"));
        Notice notice = compose(overdue);
        assertThat(notice.place()).isEqualTo("140404");
        assertThat(notice.kind()).isEqualTo("overdue");
        assertThat(notice.title()).startsWith("【报告逾期未报】").contains("等4个乡镇2024年度");
        assertThat(notice.townships()).hasSize(4);
        assertThat(notice.link()).isEqualTo("https://fazhi.example.gov.cn/api/v1/rollups/140404?year=2024");
    }

    @Test
    void aWithdrawalIsAWarningAndUnresolvedReportsConcernNoOffice() {
        Notice notice = compose(new ReportWithdrawn(
                "r-3", 2, 2024, "140404107", "140404", Instant.parse("2025-02-01T02:00:00Z"), "重复提交"));
        assertThat(notice.severity()).isEqualTo(Severity.WARNING);
        assertThat(notice.message()).isEqualTo("长治市上党区南宋镇于2025-02-01 10:00撤回了2024年度法治政府建设年度报告（共2版），原因：重复提交。");
        assertThat(composer.compose(event(new ReportWithdrawn("r-4", 1, 2024, null, null, Instant.now(), null))))
                .isEmpty();
    }

    private Notice compose(EventPayload payload) {
        return composer.compose(event(payload)).orElseThrow();
    }

    private static ReceivedEvent event(EventPayload payload) {
        return new ReceivedEvent(
                "ev-1",
                payload.eventType().type(),
                "/test",
                payload.subject(),
                Instant.now(),
                EventJson.write(payload));
    }
}
