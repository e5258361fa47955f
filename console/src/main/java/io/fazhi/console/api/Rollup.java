package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A place's season as metrics-service reports it (GET /api/v1/rollups/{place}): the fields the board shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rollup(
        String place,
        String name,
        String level,
        int year,
        int expected,
        int submitted,
        int late,
        Double meanScore,
        LocalDate dueDate,
        Map<String, Double> weakestParts,
        List<TownshipRow> townships,
        List<ChildRow> children) {

    /** One township of the county, submitted or not. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TownshipRow(
            String code,
            String name,
            boolean submitted,
            String reportId,
            Integer version,
            Double score,
            boolean late,
            int daysLate,
            int daysEarly,
            List<String> missingContents,
            int reuseMatches) {}

    /** One county (or city) of a city's (or province's) season. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChildRow(String code, String name, int expected, int submitted, int late, Double meanScore) {}
}
