package io.fazhi.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a reader finds the covered year, and what is never it. */
class YearReaderTest {

    static final ReportParser PARSER = ReportParserTest.PARSER;
    static final String BODY = "\n一、主要举措\n全年组织学法12次，化解矛盾纠纷30件，开展普法宣传活动20场。";

    @Test
    void theTitleWins() {
        ParsedReport report = PARSER.parse("关于2024年度法治政府建设情况的报告\n2023年以来，我镇持续推进法治建设。" + BODY, ParseHints.none());

        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.yearSource()).isEqualTo(YearSource.TITLE);
        assertThat(report.text()
                        .substring(
                                report.yearEvidence().start(),
                                report.yearEvidence().end()))
                .isEqualTo("2024");
    }

    @Test
    void withoutATitleTheSentenceThatPresentsTheReportDecides() {
        ParsedReport report = PARSER.parse(
                "一年来，我镇在县委、县政府的领导下，对照《2023年全县法治政府建设工作要点》，" + "现将我镇2024年度法治政府建设工作情况报告如下：" + BODY, ParseHints.none());

        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.yearSource()).isEqualTo(YearSource.BODY);
    }

    @Test
    void aYearThatOpensTheBodyDecidesAndCitedRangesAndDatesAreNotIt() {
        ParsedReport report = PARSER.parse(
                "县委、县政府：\n2021年度，在县委、县政府领导下，东溪镇认真落实《法治政府建设实施纲要（2021—2025年）》，" + "于2022年1月5日召开专题会议。现将本年度工作报告如下：" + BODY,
                ParseHints.none());

        assertThat(report.year()).isEqualTo(2021);
        assertThat(report.yearSource()).isEqualTo(YearSource.BODY);
    }

    @Test
    void aTraditionalChineseYearInTheTitleCounts() {
        assertThat(PARSER.parse("二〇二三年法治政府建设工作总结" + BODY, ParseHints.none()).year())
                .isEqualTo(2023);
    }

    @Test
    void aReportDatedInTheFirstHalfOfAYearCoversTheYearBefore() {
        String undated = "我镇全面推进法治政府建设，取得积极成效。" + BODY;
        ParsedReport spring = PARSER.parse(undated + "\n某某镇人民政府\n2025年3月2日", ParseHints.none());
        assertThat(spring.year()).isEqualTo(2024);
        assertThat(spring.yearSource()).isEqualTo(YearSource.ISSUED_ON);
        assertThat(spring.warnings()).anyMatch(w -> w.contains("taken as 2024 from the date of issue"));

        ParsedReport december = PARSER.parse(undated + "\n某某镇人民政府\n2024年12月20日", ParseHints.none());
        assertThat(december.year()).isEqualTo(2024);

        ParsedReport header = PARSER.parse("成文日期: | 2025-02-14 | 发布日期: | 2025-02-15 |\n" + undated, ParseHints.none());
        assertThat(header.year()).isEqualTo(2024);
        assertThat(header.metadata().issuedOn().value()).isEqualTo(LocalDate.of(2025, 2, 14));
    }

    @Test
    void theDocumentNumbersYearIsTheYearOfIssue() {
        ParsedReport report = PARSER.parse("雷东府〔2025〕26号\n我镇全面推进法治政府建设。" + BODY, ParseHints.none());

        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.yearSource()).isEqualTo(YearSource.DOC_NUMBER);
    }

    @Test
    void aTextWithoutAnyYearIsDatedByItsReceipt() {
        String text = "我镇全面推进法治政府建设，取得积极成效。" + BODY;
        ParsedReport report = PARSER.parse(text, new ParseHints(null, null, "", LocalDate.of(2026, 2, 1)));

        assertThat(report.year()).isEqualTo(2025);
        assertThat(report.yearSource()).isEqualTo(YearSource.SUBMITTED_AT);
        assertThat(PARSER.parse(text, ParseHints.none()).year()).isNull();
    }

    @Test
    void theRequestWinsAndADisagreementWithTheTextIsAWarning() {
        ParsedReport report = PARSER.parse("关于2024年度法治政府建设情况的报告" + BODY, new ParseHints(null, 2023, "", null));

        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.yearSource()).isEqualTo(YearSource.REQUEST);
        assertThat(report.warnings()).contains("submitted for year 2023 but the title says 2024");
    }

    @Test
    void twoYearsWithNothingToChooseBetweenThemAreAConflict() {
        ParsedReport report = PARSER.parse(
                "关于2023年和2024年法治政府建设情况的报告" + BODY, new ParseHints(null, null, "", LocalDate.of(2025, 2, 1)));

        assertThat(report.year()).isNull();
        assertThat(report.conflictingYears()).containsExactly(2023, 2024);
    }

    @Test
    void theBodyChoosesBetweenTheYearsOfATitle() {
        ParsedReport report = PARSER.parse("关于2023年和2024年法治政府建设情况的报告\n现将2024年度工作情况报告如下：" + BODY, ParseHints.none());

        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.yearSource()).isEqualTo(YearSource.BODY);
    }
}
