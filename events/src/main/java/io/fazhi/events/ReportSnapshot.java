package io.fazhi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a report as parsed by report-service: enough for a consumer to score it without
 * calling report-service back (event-carried state).
 *
 * @param township null when the place could not be resolved to one township
 * @param countyCode the 6-digit code of the county office that receives the report; null when unresolved
 * @param text the normalised (Simplified, repaired) text the section spans refer to
 */
public record ReportSnapshot(
        String reportId,
        int version,
        int year,
        PlaceRef township,
        String countyCode,
        String title,
        String docNumber,
        LocalDate issuedOn,
        Instant submittedAt,
        String text,
        List<ReportSection> sections,
        List<String> warnings) {

    public ReportSnapshot {
        sections = sections == null ? List.of() : List.copyOf(sections);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    String townshipCode() {
        return township == null ? "unresolved" : township.code();
    }
}
