package io.fazhi.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.events.ReportSection;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.SampleEvents;
import io.fazhi.metrics.checklist.ChecklistLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistScorerTest {

    private static final ChecklistScorer SCORER =
            new ChecklistScorer(ChecklistLoader.fromResource(Assessor.DEFAULT_CHECKLIST), "township");

    @Test
    void nansongsFiveDecisionStepsAndNamedLegalAdviserAreSpecificEvidence() {
        ChecklistScorer.Result result = score("nansong-2024");
        ItemResult steps = item(result, "p4.five-steps");
        assertThat(steps.grade()).isEqualTo(Grade.SPECIFIC);
        assertThat(steps.evidence().get(0).text()).contains("公众参与、专家论证、风险评估、合法性审查和集体讨论决定");
        assertThat(steps.evidence().get(0).markers()).contains("all-of");
        ItemResult adviser = item(result, "p4.legal-adviser");
        assertThat(adviser.grade()).isEqualTo(Grade.SPECIFIC);
        assertThat(adviser.evidence()).anySatisfy(e -> assertThat(e.text()).contains("吴明星律师"));
        assertThat(result.partScores().get("p4")).isGreaterThan(80.0);
    }

    @Test
    void evidenceSpansPointAtTheirSentence() {
        ReportSnapshot report = SampleEvents.report("nansong-2024");
        for (ItemResult item : SCORER.score(report.text(), report.sections()).items()) {
            for (Evidence evidence : item.evidence()) {
                assertThat(report.text()
                                .substring(evidence.start(), evidence.end())
                                .strip())
                        .isEqualTo(evidence.text());
            }
        }
    }

    @Test
    void nanyangsSmartCommunityCorrectionPlatformIsSpecificDigitalEvidence() {
        ChecklistScorer.Result result = score("nanyang-2023");
        ItemResult smart = item(result, "p9.smart-systems");
        assertThat(smart.grade()).isEqualTo(Grade.SPECIFIC);
        assertThat(smart.evidence()).anySatisfy(e -> assertThat(e.text()).contains("智慧矫正一体化平台"));
        assertThat(result.partScores().get("p9")).isGreaterThan(0.0);
    }

    @Test
    void aMeasureNamedOnlyInNextYearsPlansEarnsNothing() {
        String text = "一、主要举措\n今年我镇认真开展工作。\n二、下一年度工作安排\n明年将聘请法律顾问，落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。";
        int plan = text.indexOf("二、");
        List<ReportSection> sections = List.of(
                new ReportSection("measures", "一、主要举措", 1, 0, plan - 1, null),
                new ReportSection("next-year-plan", "二、下一年度工作安排", 1, plan, text.length(), null));
        ChecklistScorer.Result result = SCORER.score(text, sections);
        ItemResult adviser = item(result, "p4.legal-adviser");
        assertThat(adviser.grade()).isEqualTo(Grade.NONE);
        assertThat(adviser.evidence()).isEmpty();
        assertThat(adviser.notAchievements())
                .singleElement()
                .satisfies(e -> assertThat(e.section()).isEqualTo("next-year-plan"));
        assertThat(item(result, "p4.five-steps").grade()).isEqualTo(Grade.NONE);
        assertThat(result.partScores().get("p4")).isZero();
    }

    @Test
    void aMentionWithoutSpecificsIsOnlyMentioned() {
        String text = "我镇高度重视普法工作，营造浓厚氛围。";
        ItemResult publicity = item(SCORER.score(text, List.of()), "p10.publicity");
        assertThat(publicity.grade()).isEqualTo(Grade.MENTIONED);
        assertThat(publicity.evidence().get(0).section()).isEqualTo("preamble");
    }

    @Test
    void itemsThatDoNotApplyToTownshipsAreNotScored() {
        ChecklistScorer county =
                new ChecklistScorer(ChecklistLoader.fromResource(Assessor.DEFAULT_CHECKLIST), "department");
        assertThat(county.score("", List.of()).items())
                .extracting(ItemResult::id)
                .doesNotContain("p3.village-rules");
        assertThat(SCORER.score("", List.of()).items())
                .extracting(ItemResult::id)
                .contains("p3.village-rules");
    }

    private static ChecklistScorer.Result score(String sample) {
        ReportSnapshot report = SampleEvents.report(sample);
        return SCORER.score(report.text(), report.sections());
    }

    private static ItemResult item(ChecklistScorer.Result result, String id) {
        return result.items().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
