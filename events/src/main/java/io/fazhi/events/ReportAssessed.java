package io.fazhi.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * metrics-service has scored a report version against a checklist.
 *
 * @param score overall checklist score, 0–100
 * @param partScores score per checklist part id, 0–100
 * @param missingContents required contents not found (e.g. "shortcomings", "first-responsible")
 * @param daysLate days after the due date; 0 when on time
 */
public record ReportAssessed(
        String reportId,
        int version,
        int year,
        String townshipCode,
        String countyCode,
        String checklistId,
        String checklistVersion,
        double score,
        Map<String, Double> partScores,
        List<String> missingContents,
        boolean causesGiven,
        int daysLate,
        Instant assessedAt)
        implements EventPayload {

    public ReportAssessed {
        partScores = partScores == null ? Map.of() : Map.copyOf(partScores);
        missingContents = missingContents == null ? List.of() : List.copyOf(missingContents);
    }

    @Override
    public EventType eventType() {
        return EventType.REPORT_ASSESSED;
    }

    @Override
    public String key() {
        return townshipCode;
    }

    @Override
    public String subject() {
        return reportId;
    }
}
