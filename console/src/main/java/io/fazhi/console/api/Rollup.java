package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A county's season as metrics-service reports it (GET /api/v1/rollups/{place}): the fields the board shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rollup(String place, String name, String level, int year, int expected, int submitted, int late,
                     Double meanScore, Map<String, Double> weakestParts, List<TownshipRow> townships) {

    /** One township of the county, submitted or not. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TownshipRow(String code, String name, boolean submitted, String reportId, Integer version, Double score,
                              boolean late, int daysLate, List<String> missingContents, int reuseMatches) {
    }
}
