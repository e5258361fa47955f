package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** An assessment with its evidence (GET /api/v1/assessments/{id}): grades per item, passages by offset. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentDoc(String reportId, int version, String checklistId, double score, Map<String, Double> partScores,
                            List<Item> items) {

    /** A checklist item's grade (none, mentioned, specific) and the passages that earned it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String part, String grade, List<Passage> evidence, List<Passage> notAchievements) {
    }

    /** A passage of the report's text, by offset into it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Passage(int start, int end, String text, String section) {
    }
}
