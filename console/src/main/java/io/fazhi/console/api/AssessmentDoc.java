package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** An assessment with its evidence (GET /api/v1/assessments/{id}): grades per item, passages by offset. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentDoc(
        String reportId,
        int version,
        String checklistId,
        double score,
        Map<String, Double> partScores,
        List<Item> items,
        List<Indicator> indicators,
        List<Reuse> reuse) {

    /** A number the report gives (cases, meetings, trainings…) and the passage it was read from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(
            String kind,
            String label,
            double value,
            String unit,
            boolean approximate,
            int start,
            int end,
            String source) {}

    /** Another township's report that shares passages with this one, nearly word for word. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reuse(String otherReportId, String otherTownshipCode, int sharedChars, List<Shared> passages) {}

    /** A passage of this report and where its near copy is in the other one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shared(int start, int end, int otherStart, int otherEnd, double similarity) {}

    /** A checklist item's grade (none, mentioned, specific) and the passages that earned it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String part, String grade, List<Passage> evidence, List<Passage> notAchievements) {}

    /** A passage of the report's text, by offset into it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Passage(int start, int end, String text, String section) {}
}
