package io.fazhi.report.parse;

import java.util.List;

/**
 * A report as the parser understands it. Spans index into {@code text}, the normalised
 * (Simplified, repaired) text.
 *
 * @param year the covered year: the submitter's if given, else the title's; null when neither says
 */
public record ParsedReport(String text, ReportMetadata metadata, Integer year, PlaceResolution place,
                           List<Section> sections, List<String> warnings) {

    public boolean has(SectionKind kind) {
        return sections.stream().anyMatch(s -> s.kind() == kind);
    }
}
