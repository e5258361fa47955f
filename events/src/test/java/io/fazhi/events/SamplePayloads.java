package io.fazhi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One realistic payload of every event type, taken from the 南宋镇 2024 sample report. */
final class SamplePayloads {

    static final Instant AT = Instant.parse("2025-01-10T02:30:00Z");

    static ReportSnapshot nansong(int version) {
        return new ReportSnapshot(
                "r-8f3a",
                version,
                2024,
                new PlaceRef("140404107", "南宋镇"),
                "140404",
                "中共南宋镇委员会 南宋镇人民政府 关于2024年度法治政府建设情况的报告",
                null,
                LocalDate.of(2025, 1, 9),
                AT,
                "一、本单位基本情况\n南宋镇地处上党区南部……",
                List.of(
                        new ReportSection("basic-info", "一、本单位基本情况", 1, 0, 26, null),
                        new ReportSection("shortcomings", "三、存在的不足", 1, 26, 40, false)),
                List.of());
    }

    static List<EventPayload> all() {
        return List.of(
                new ReportSubmitted(nansong(1)),
                new ReportRevised(nansong(2), 1),
                new ReportWithdrawn("r-8f3a", 2, 2024, "140404107", "140404", AT, "submitted by mistake"),
                new ReportAssessed(
                        "r-8f3a",
                        2,
                        2024,
                        "140404107",
                        "140404",
                        "plan-2021-2025",
                        "1.0.0",
                        61.5,
                        Map.of("p4-decisions", 80.0, "p9-digital", 12.5),
                        List.of("shortcomings", "next-year-plan"),
                        false,
                        0,
                        AT),
                new ComplianceAlert(
                        "a-1",
                        AlertKind.MISSING_SECTION,
                        Severity.WARNING,
                        "140404",
                        List.of("140404107"),
                        2024,
                        "r-8f3a",
                        "南宋镇2024年度报告缺少“存在的不足和原因”“下一年度工作安排”",
                        Map.of("missing", List.of("shortcomings", "next-year-plan")),
                        AT));
    }

    private SamplePayloads() {}
}
