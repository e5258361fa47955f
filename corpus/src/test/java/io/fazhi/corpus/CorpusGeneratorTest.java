package io.fazhi.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.platform.places.PlaceDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final PlaceDirectory PLACES = new PlaceDirectory();

    @Test
    void writesReportsForRealTownshipsWithTheTruthOfWhatTheyContain() {
        List<SyntheticReport> corpus = new CorpusGenerator(PLACES, 7).generate(500);
        assertThat(corpus).hasSize(500).allSatisfy(report -> {
            assertThat(PLACES.byCode(report.townshipCode()))
                    .get()
                    .extracting(p -> p.name())
                    .isEqualTo(report.townshipName());
            assertThat(report.year()).isBetween(2021, 2025);
            assertThat(report.text()).contains(report.year() + "年度法治政府建设情况的报告");
            assertThat(report.sections()).contains("measures");
        });
        assertThat(corpus).anyMatch(r -> !r.sections().contains("shortcomings"));
        assertThat(corpus).anyMatch(r -> r.sections().contains("shortcomings") && !r.causesGiven());
        assertThat(corpus).anyMatch(r -> r.copiedFrom() >= 0 && r.copiedParagraphs() > 0);
        SyntheticReport withStudy = corpus.stream()
                .filter(r -> r.indicators().containsKey("study-sessions"))
                .findFirst()
                .orElseThrow();
        int sessions = withStudy.indicators().get("study-sessions").get(0).intValue();
        assertThat(withStudy.text()).contains("会前学法" + sessions + "次");
    }

    @Test
    void isDeterministicForASeed() {
        assertThat(new CorpusGenerator(PLACES, 42).generate(50))
                .isEqualTo(new CorpusGenerator(PLACES, 42).generate(50));
    }
}
