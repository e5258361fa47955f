package io.fazhi.benchmarks;

import io.fazhi.corpus.SyntheticReport;
import io.fazhi.events.PlaceRef;
import io.fazhi.events.ReportSection;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.report.parse.ParseHints;
import io.fazhi.report.parse.ParsedReport;
import io.fazhi.report.parse.ReportParser;
import java.time.Instant;
import java.util.List;

/** What report-service would publish for a report: its parse, as a report.submitted snapshot. */
final class Snapshots {

    private Snapshots() {}

    static ReportSnapshot of(
            ReportParser parser, String reportId, String townshipCode, String text, Instant submittedAt) {
        ParsedReport parsed = parser.parse(text, new ParseHints(townshipCode, null, "", null));
        List<ReportSection> sections = parsed.sections().stream()
                .filter(s -> s.kind() != null)
                .map(s ->
                        new ReportSection(s.kind().wire(), s.heading(), s.level(), s.start(), s.end(), s.causesGiven()))
                .toList();
        return new ReportSnapshot(
                reportId,
                1,
                parsed.year() == null ? 2024 : parsed.year(),
                new PlaceRef(townshipCode, parsed.place().township().name()),
                townshipCode.substring(0, 6),
                parsed.metadata().title() == null
                        ? null
                        : parsed.metadata().title().value(),
                null,
                null,
                submittedAt,
                parsed.text(),
                sections,
                parsed.warnings());
    }

    static ReportSnapshot of(ReportParser parser, SyntheticReport report) {
        return of(
                parser,
                "syn-" + report.index(),
                report.townshipCode(),
                report.text(),
                report.issuedOn().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }
}
