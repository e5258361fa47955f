package io.fazhi.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fazhi.metrics.score.Evidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTextsTest {

    private static final String REPORT = "一、基本情况。 聘请法律顾问3名，审查合同46份。\n二、存在的不足。 法治宣传形式单一。";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void storedPassagesKeepTheirSpanAndMarkersButNotTheirText() throws Exception {
        Evidence evidence = new Evidence(7, 27, "聘请法律顾问3名，审查合同46份。", "measures", List.of("number"));
        ObjectNode stored =
                (ObjectNode) json.readTree(EvidenceTexts.leftOut(json).writeValueAsString(evidence));
        assertThat(stored.has("text")).isFalse();
        assertThat(stored.get("start").asInt()).isEqualTo(7);
        assertThat(stored.get("end").asInt()).isEqualTo(27);
        assertThat(stored.get("markers").get(0).asText()).isEqualTo("number");
        // The application's own mapper still writes the whole passage (events, the API).
        assertThat(json.readTree(json.writeValueAsString(evidence)).get("text").asText())
                .isEqualTo("聘请法律顾问3名，审查合同46份。");
    }

    @Test
    void readingPutsBackTheStrippedSentenceOfEachPassage() {
        int shown = REPORT.indexOf(" 聘请");
        int promised = REPORT.indexOf(" 法治宣传");
        ObjectNode body = json.valueToTree(Map.of(
                "items",
                List.of(Map.of(
                        "id", "p4.legal-adviser",
                        "evidence", List.of(Map.of("start", shown, "end", REPORT.indexOf('\n'))),
                        "notAchievements", List.of(Map.of("start", promised, "end", REPORT.length()))))));

        EvidenceTexts.restore(body, REPORT);

        assertThat(body.at("/items/0/evidence/0/text").asText()).isEqualTo("聘请法律顾问3名，审查合同46份。");
        assertThat(body.at("/items/0/notAchievements/0/text").asText()).isEqualTo("法治宣传形式单一。");
    }

    @Test
    void aBodyStoredWithItsTextsIsLeftAsItWas() {
        ObjectNode body = json.valueToTree(Map.of(
                "items", List.of(Map.of("evidence", List.of(Map.of("start", 0, "end", 5, "text", "as stored"))))));
        EvidenceTexts.restore(body, REPORT);
        assertThat(body.at("/items/0/evidence/0/text").asText()).isEqualTo("as stored");
    }

    @Test
    void aSpanOutsideTheReportTextIsAnErrorNotAWrongQuote() {
        ObjectNode body = json.valueToTree(Map.of(
                "items", List.of(Map.of("evidence", List.of(Map.of("start", 10, "end", REPORT.length() + 1))))));
        assertThatThrownBy(() -> EvidenceTexts.restore(body, REPORT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside the stored report text");
    }
}
