package io.fazhi.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.SampleEvents;
import io.fazhi.metrics.checklist.ChecklistLoader;
import io.fazhi.metrics.indicators.IndicatorExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ten plan-part grades of the three full sample reports against a careful reader's
 * (src/test/resources/samples/truth.json, copied from the project brief with the decisive quote
 * for each), and the reading rules behind the differences one by one.
 */
class ReaderGradesTest {

    static final AssessmentEngine ENGINE = new AssessmentEngine(
            ChecklistLoader.fromResource(Assessor.DEFAULT_CHECKLIST),
            IndicatorExtractor.fromResource(Assessor.INDICATOR_KINDS));

    @Test
    void atLeast27Of30PartGradesAreTheReadersAndEveryDecisiveQuoteIsEvidence() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int agree = 0;
        for (JsonNode truth : truths()) {
            String file = truth.get("file").asText();
            Assessment assessment = assess(SampleEvents.report(file.replace(".txt", "")));
            Map<String, String> grades = PartGrades.of(assessment.items());
            for (int part = 1; part <= 10; part++) {
                String reader = truth.get("parts").get(String.valueOf(part)).asText();
                String scorer = grades.get("p" + part);
                if (reader.equals(scorer)) {
                    agree++;
                } else {
                    disagreements.add(file + " p" + part + " reader " + reader + ", scorer " + scorer);
                }
            }
        }
        assertThat(agree).as("disagreements: %s", disagreements).isGreaterThanOrEqualTo(27);
    }

    @Test
    void aNumberInsideASetPhraseOrALoneOneIsNoCount() {
        assertThat(SpecificityMarkers.in("落实法律顾问制度，为各村免费配备了一名法律顾问")).doesNotContain("number");
        assertThat(SpecificityMarkers.in("严格落实“三重一大”集体决策制度")).doesNotContain("number");
        assertThat(SpecificityMarkers.in("全面推行“三项制度”")).doesNotContain("number");
        assertThat(SpecificityMarkers.in("为11个村配备法律顾问")).contains("number");
        assertThat(SpecificityMarkers.in("开展专题学习十一次")).contains("number");
    }

    @Test
    void aGenericWordIsNoNamedPersonOrBody() {
        assertThat(SpecificityMarkers.in("续聘专业律师担任镇级法律顾问")).doesNotContain("person");
        assertThat(SpecificityMarkers.in("聘请吴明星律师为单位法律顾问")).contains("person");
        assertThat(SpecificityMarkers.in("坚持了党委委员会上领学等会前学习")).doesNotContain("body");
        assertThat(SpecificityMarkers.in("充分发挥司法所的依法行政参谋作用")).doesNotContain("body");
        assertThat(SpecificityMarkers.in("成立矛盾纠纷调处中心")).contains("body");
    }

    @Test
    void onlyTheNameOfALawOrDocumentIsARegulation() {
        assertThat(SpecificityMarkers.in("规定了党员干部对《学习强国》的网络自学")).doesNotContain("regulation");
        assertThat(SpecificityMarkers.in("严格落实《中国共产党党组工作条例(试行)》的相关要求")).contains("regulation");
        assertThat(SpecificityMarkers.in("落实《桐柏县法治政府建设实施方案 2022-2025》")).contains("regulation");
    }

    @Test
    void aTopicOfAPublicityCampaignIsNotEvidenceOfItsOwnPart() {
        String text = "一、主要举措\n结合“法治体检”进企、安全生产事故普法进企业、信访工作宣传等活动，多次深入企业开展活动。";
        List<ItemResult> items = ENGINE.assess(snapshot(text), LocalDate.of(2100, 1, 1), Instant.EPOCH)
                .items();
        assertThat(grade(items, "p6.lawful-response")).isEqualTo(Grade.NONE);
        assertThat(grade(items, "p10.publicity")).isEqualTo(Grade.MENTIONED);
        String response = "一、主要举措\n妥善处置安全生产事故3起。";
        assertThat(grade(
                        ENGINE.assess(snapshot(response), LocalDate.of(2100, 1, 1), Instant.EPOCH)
                                .items(),
                        "p6.lawful-response"))
                .isEqualTo(Grade.SPECIFIC);
    }

    @Test
    void contextDecidesBetweenItemsThatShareWords() {
        String normative = "一、主要举措\n完善规范性文件制定程序，落实合法性审查、集体讨论决定等制度。";
        List<ItemResult> items = ENGINE.assess(snapshot(normative), LocalDate.of(2100, 1, 1), Instant.EPOCH)
                .items();
        assertThat(grade(items, "p3.legality-review")).isEqualTo(Grade.MENTIONED);
        assertThat(grade(items, "p4.five-steps")).isEqualTo(Grade.NONE);
        String decision = "一、主要举措\n重大决策全部经过合法性审核。";
        List<ItemResult> decided = ENGINE.assess(snapshot(decision), LocalDate.of(2100, 1, 1), Instant.EPOCH)
                .items();
        assertThat(grade(decided, "p4.five-steps")).isEqualTo(Grade.MENTIONED);
        assertThat(grade(decided, "p3.legality-review")).isEqualTo(Grade.NONE);
    }

    @Test
    void theOpeningSummaryOfAReportWithMeasuresIsNoEvidence() {
        String text = "一年来，我镇规范行政执法行为，推进综合行政执法。\n一、主要举措\n组织学法5次。";
        ReportSnapshot report = snapshot(text);
        assertThat(grade(
                        ENGINE.assess(report, LocalDate.of(2100, 1, 1), Instant.EPOCH)
                                .items(),
                        "p5.comprehensive-enforcement"))
                .isEqualTo(Grade.NONE);
        ReportSnapshot unstructured = new ReportSnapshot(
                "r", 1, 2024, null, null, null, null, null, Instant.EPOCH, text, List.of(), List.of());
        assertThat(grade(
                        ENGINE.assess(unstructured, LocalDate.of(2100, 1, 1), Instant.EPOCH)
                                .items(),
                        "p5.comprehensive-enforcement"))
                .isEqualTo(Grade.MENTIONED);
    }

    private static Assessment assess(ReportSnapshot report) {
        return ENGINE.assess(report, LocalDate.of(2100, 1, 1), Instant.EPOCH);
    }

    /** A text whose first line is its preamble and whose "一、主要举措" starts the measures. */
    private static ReportSnapshot snapshot(String text) {
        int measures = text.indexOf("一、");
        return new ReportSnapshot(
                "r",
                1,
                2024,
                null,
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                text,
                List.of(new io.fazhi.events.ReportSection("measures", "一、主要举措", 1, measures, text.length(), null)),
                List.of());
    }

    private static Grade grade(List<ItemResult> items, String id) {
        return items.stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow()
                .grade();
    }

    private static JsonNode truths() throws IOException {
        try (InputStream in = ReaderGradesTest.class.getResourceAsStream("/samples/truth.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
