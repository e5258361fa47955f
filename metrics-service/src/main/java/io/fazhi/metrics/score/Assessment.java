package io.fazhi.metrics.score;

import io.fazhi.metrics.indicators.Indicator;
import io.fazhi.metrics.reuse.ReuseMatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything metrics-service says about one report version, with the passages that prove it.
 *
 * @param checklistHash SHA-256 of the checklist the report was scored against
 */
public record Assessment(
        String reportId,
        int version,
        String townshipCode,
        String countyCode,
        int year,
        String checklistId,
        String checklistVersion,
        String checklistHash,
        double score,
        Map<String, Double> partScores,
        RequiredContentsCheck requiredContents,
        List<ItemResult> items,
        List<Indicator> indicators,
        Substance substance,
        Timeliness timeliness,
        List<ReuseMatch> reuse,
        Instant assessedAt) {

    /** The same assessment with the passages other townships' reports share with it. */
    public Assessment withReuse(List<ReuseMatch> matches) {
        return new Assessment(
                reportId,
                version,
                townshipCode,
                countyCode,
                year,
                checklistId,
                checklistVersion,
                checklistHash,
                score,
                partScores,
                requiredContents,
                items,
                indicators,
                substance,
                timeliness,
                List.copyOf(matches),
                assessedAt);
    }
}
