package io.fazhi.metrics.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dashboard's view of a place for a year. A county (or township) lists every township,
 * submitted or not; a city, province or the nation lists its child places with counts and the
 * distribution of scores. {@code weakestParts} are the checklist parts with the lowest mean score.
 * {@code dueDate} is when a county's (or township's) reports are due; null above the county, where
 * counties may have different days.
 */
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

    /** One township in a county view: days late, or days early (before the due date), for a submitted one. */
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
            Map<String, Double> partScores,
            int reuseMatches) {}

    /** One child place in a city, province or national view. */
    public record ChildRow(
            String code,
            String name,
            int expected,
            int submitted,
            int late,
            Double meanScore,
            Map<String, Long> scoreDistribution) {}

    /** One year of a trend. */
    public record TrendPoint(int year, int expected, int submitted, int late, Double meanScore) {}
}
