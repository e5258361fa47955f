package io.fazhi.metrics.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fazhi.metrics.score.Assessor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecklistLoaderTest {

    @Test
    void theDefaultChecklistCoversTheTenPartsOfThePlan() {
        Checklist checklist = ChecklistLoader.fromResource(Assessor.DEFAULT_CHECKLIST);
        assertThat(checklist.id()).isEqualTo("plan-2021-2025");
        assertThat(checklist.parts())
                .extracting(Checklist.Part::id)
                .containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10");
        assertThat(checklist.parts())
                .allSatisfy(part -> assertThat(part.items()).isNotEmpty());
        assertThat(checklist.parts().stream().mapToInt(p -> p.items().size()).sum())
                .isGreaterThanOrEqualTo(40);
        assertThat(checklist.hash()).hasSize(64);
    }

    @Test
    void aBrokenChecklistIsRefusedWithEveryProblemNamed() {
        String yaml = """
                id: local
                version: 1
                parts:
                  - id: p1
                    name: x
                    items:
                      - id: p1.a
                        requirement: something
                        applies: [village]
                        weight: 0
                        phrases: [学法]
                        specific: [colour]
                        allOf: [不在短语里]
                """;
        assertThatThrownBy(() -> ChecklistLoader.parse(yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidChecklistException.class)
                .hasMessageContaining("positive weight")
                .hasMessageContaining("village")
                .hasMessageContaining("colour")
                .hasMessageContaining("allOf");
    }
}
