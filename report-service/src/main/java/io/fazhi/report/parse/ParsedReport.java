package io.fazhi.report.parse;

import java.util.List;

/**
 * A report as the parser understands it. Spans index into {@code text}, the normalised
 * (Simplified, repaired) text.
 *
 * @param year the covered year: the submitter's if given, else the text's; null when neither says
 * @param yearSource where {@code year} came from; null with it
 * @param yearEvidence the words of the text that name the year, when it came from them
 * @param conflictingYears when {@code year} is null: the years the text names with nothing to choose between them
 */
public record ParsedReport(
        String text,
        ReportMetadata metadata,
        Integer year,
        YearSource yearSource,
        Spanned<Integer> yearEvidence,
        List<Integer> conflictingYears,
        PlaceResolution place,
        List<Section> sections,
        List<String> warnings) {

    public boolean has(SectionKind kind) {
        return sections.stream().anyMatch(s -> s.kind() == kind);
    }
}
