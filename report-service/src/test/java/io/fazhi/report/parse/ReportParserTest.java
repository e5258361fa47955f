package io.fazhi.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.platform.places.PlaceDirectory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    static final ReportParser PARSER = new ReportParser(new PlaceDirectory());

    @Test
    void headingsMarkedInMarkdownWithoutNumbersAreHeadingsAndTheMarksLeaveTheText() {
        ParsedReport report = PARSER.parse("""
                南宋镇2024年度法治政府建设情况报告
                2024年，南宋镇坚持以习近平法治思想为指导，推进法治政府建设。
                ## 主要工作成效
                **强化组织领导**
                镇党委定期研究法治建设工作，全年召开专题会议4次。
                **深化普法宣传**
                开展法律知识培训10次，参训干部200人次，法治意识不断增强。
                ## 存在的不足
                普法形式较为单一，基层法治力量仍然薄弱，主要原因是专业人员不足。
                ## 下一步工作打算
                继续加强法治培训，提升依法行政能力。
                """, ParseHints.none());

        assertThat(report.sections().stream().filter(s -> s.level() == 1).map(Section::heading))
                .containsExactly("主要工作成效", "存在的不足", "下一步工作打算");
        assertThat(report.sections().stream().filter(s -> s.level() == 2).map(Section::heading))
                .containsExactly("强化组织领导", "深化普法宣传");
        assertThat(report.has(SectionKind.SHORTCOMINGS)).isTrue();
        assertThat(report.has(SectionKind.NEXT_YEAR_PLAN)).isTrue();
        assertThat(report.text()).doesNotContain("#").doesNotContain("**");
    }

    @Test
    void nansongResolvesToShangdangWithBasicInfoMeasuresAndFirstResponsible() {
        ParsedReport report = PARSER.parse(Samples.text("nansong-2024.txt"), ParseHints.none());

        assertThat(report.place().township().code()).isEqualTo("140404107");
        assertThat(report.place().candidates().get(0).path()).isEqualTo("山西省 长治市 上党区 南宋镇");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.metadata().title().value()).isEqualTo("中共南宋镇委员会 南宋镇人民政府 关于2024年度法治政府建设情况的报告");
        assertThat(report.metadata().issuedOn().value()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(report.metadata().issuingOrgans()).extracting(Spanned::value).containsExactly("中共南宋镇委员会", "南宋镇人民政府");
        assertThat(report.metadata().docNumber()).isNull();
        assertThat(topKinds(report))
                .containsExactly(SectionKind.BASIC_INFO, SectionKind.MEASURES, SectionKind.FIRST_RESPONSIBLE);
        assertThat(report.has(SectionKind.SHORTCOMINGS)).isFalse();
        assertThat(report.has(SectionKind.NEXT_YEAR_PLAN)).isFalse();
        Section firstResponsible = report.sections().stream()
                .filter(s -> s.kind() == SectionKind.FIRST_RESPONSIBLE)
                .findFirst()
                .orElseThrow();
        assertThat(report.text().substring(firstResponsible.start(), firstResponsible.end()))
                .startsWith("三、党政“一把手”履行法治建设第一责任人职责情况")
                .doesNotContain("2025年1月9日");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void pingshiHasYiShiMeasuresAndHeadinglessShortcomingsAndPlans() {
        ParsedReport report = PARSER.parse(Samples.text("pingshi-2024.txt"), ParseHints.none());

        assertThat(report.place().township().code()).isEqualTo("411330107");
        assertThat(report.place().township().countyCode()).isEqualTo("411330");
        assertThat(report.metadata().docNumber().value()).isEqualTo("平发〔2024〕46号");
        assertThat(report.year()).isEqualTo(2024);
        List<Section> top =
                report.sections().stream().filter(s -> s.level() == 1).toList();
        assertThat(top)
                .extracting(Section::heading)
                .startsWith("一是强化组织领导，落实工作责任", "二是加强法治学习，增强法治思维", "三是夯实基层基础，推进依法管理", "四是严格依法行政，推进廉洁执法");
        assertThat(top.subList(0, 4)).extracting(Section::kind).containsOnly(SectionKind.MEASURES);
        Section shortcomings = top.get(4);
        assertThat(shortcomings.kind()).isEqualTo(SectionKind.SHORTCOMINGS);
        assertThat(shortcomings.causesGiven()).isFalse();
        assertThat(shortcomings.inferred()).isTrue();
        assertThat(top.get(5).kind()).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
        assertThat(report.has(SectionKind.FIRST_RESPONSIBLE)).isFalse();
    }

    @Test
    void nanyangNamesOnlyJiangsuSoOnlyTheJiangsuNamesakesRemain() {
        ParsedReport report = PARSER.parse(Samples.text("nanyang-2023.txt"), ParseHints.none());

        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.place().township()).isNull();
        assertThat(report.place().candidates())
                .extracting(c -> c.township().code())
                .containsExactlyInAnyOrder("320681106", "320904109");
        assertThat(report.place().candidates())
                .allSatisfy(c -> assertThat(c.evidence()).contains("江苏省"));
        assertThat(report.place().commonPrefix()).isEqualTo("32");
        assertThat(report.warnings()).anyMatch(w -> w.contains("南阳镇") && w.contains("2 places"));
        assertThat(topKinds(report))
                .containsExactly(SectionKind.MEASURES, SectionKind.SHORTCOMINGS, SectionKind.NEXT_YEAR_PLAN);
        assertThat(report.sections())
                .filteredOn(s -> s.level() == 2 && s.kind() == SectionKind.FIRST_RESPONSIBLE)
                .extracting(Section::heading)
                .containsExactly("（二）党政主要负责人履行推进法治建设第一责任人职责");
    }

    @Test
    void theSubmittersTownshipWinsAndADisagreementIsAWarning() {
        ParsedReport report =
                PARSER.parse(Samples.text("nansong-2024.txt"), new ParseHints("411330107", null, "", null));
        assertThat(report.place().township().code()).isEqualTo("411330107");
        assertThat(report.warnings()).anyMatch(w -> w.contains("411330107") && w.contains("140404107"));
    }

    @Test
    void theSubmittersCountyNarrowsNamesakesToItsOwn() {
        ParsedReport report =
                PARSER.parse(Samples.text("nanyang-2023.txt"), new ParseHints(null, null, "320681", null));
        assertThat(report.place().township().code()).isEqualTo("320681106");
    }

    @Test
    void aGivenYearWinsOverTheTitleWithAWarning() {
        ParsedReport report = PARSER.parse(Samples.text("pingshi-2024.txt"), new ParseHints(null, 2023, "", null));
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.warnings()).anyMatch(w -> w.contains("2023") && w.contains("2024"));
    }

    @Test
    void aReportWithoutHeadingsStillParsesAndSaysSo() {
        String flat =
                "关于2024年度法治政府建设情况的报告\n平氏镇今年认真学习宪法，组织普法活动十余次，化解矛盾纠纷三十件，群众满意度持续提升。\n" + "我镇将继续推进依法行政，加强干部培训，提升基层治理法治化水平。";
        ParsedReport report = PARSER.parse(flat, ParseHints.none());
        assertThat(report.sections()).isEmpty();
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.place().township().code()).isEqualTo("411330107");
        assertThat(report.warnings()).anyMatch(w -> w.contains("no headings"));
    }

    @Test
    void aDamagedHeaderStillYieldsYearAndDocNumber() {
        String damaged = "中共桐柏县平氏镇委员会文件\n\n平发 [ 2024 ] 46 号\n\n**关于 2024 年法治政府建设工作的报告**\n\n"
                + Samples.text("pingshi-2024.txt")
                        .substring(Samples.text("pingshi-2024.txt").indexOf("一年来"));
        ParsedReport report = PARSER.parse(damaged, ParseHints.none());
        assertThat(report.metadata().docNumber().value()).isEqualTo("平发[2024]46号");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.place().township().code()).isEqualTo("411330107");
    }

    @Test
    void spansPointAtTheirTextInTheNormalisedReport() {
        ParsedReport report = PARSER.parse(Samples.text("pingshi-2024.txt"), ParseHints.none());
        Spanned<String> doc = report.metadata().docNumber();
        assertThat(report.text().substring(doc.start(), doc.end())).isEqualTo("平发〔2024〕46号");
        for (Section section : report.sections()) {
            assertThat(report.text().substring(section.start(), section.end())).startsWith(section.heading());
        }
    }

    @Test
    void aHeadingThatPromisesCausesDoesNotGiveThem() {
        String text =
                "关于2024年度法治政府建设情况的报告\n一、主要举措\n平氏镇全年组织学法46次。\n二、存在的不足和原因\n普法形式单一，干部依法行政意识不强。\n" + "三、下一步工作安排\n继续加强学习。";
        Section shortcomings = PARSER.parse(text, ParseHints.none()).sections().stream()
                .filter(s -> s.kind() == SectionKind.SHORTCOMINGS)
                .findFirst()
                .orElseThrow();
        assertThat(shortcomings.causesGiven()).isFalse();
        String withCauses = text.replace("干部依法行政意识不强。", "干部依法行政意识不强。究其原因，主要是培训不够。");
        assertThat(PARSER.parse(withCauses, ParseHints.none()).sections().stream()
                        .filter(s -> s.kind() == SectionKind.SHORTCOMINGS)
                        .findFirst()
                        .orElseThrow()
                        .causesGiven())
                .isTrue();
    }

    private static List<SectionKind> topKinds(ParsedReport report) {
        return report.sections().stream()
                .filter(s -> s.level() == 1)
                .map(Section::kind)
                .toList();
    }
}
