package io.fazhi.report.parse;

import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in, structure out: repairs the text, reads its header, resolves its township and builds
 * its classified section tree. Pure and thread-safe: the HTTP path and the benchmarks share it.
 */
public final class ReportParser {

    private final PlaceDirectory places;
    private final PlaceResolver resolver;

    public ReportParser(PlaceDirectory places) {
        this.places = places;
        this.resolver = new PlaceResolver(places);
    }

    /**
     * @param simplified the report text in Simplified characters
     * @param hints what the submitter says: township (its token or {@code townshipCode}), year, scope
     */
    public ParsedReport parse(String simplified, ParseHints hints) {
        TextNormalizer.Normalized normalized = TextNormalizer.normalizeMarked(simplified);
        String text = normalized.text();
        ReportMetadata metadata = MetadataExtractor.extract(text);
        List<String> warnings = new ArrayList<>();

        YearReader.Reading reading = YearReader.read(text, metadata, hints.receivedOn());
        Integer year = reading.year();
        YearSource yearSource = reading.source();
        if (hints.year() != null) {
            if (reading.year() != null
                    && reading.source() != YearSource.SUBMITTED_AT
                    && !hints.year().equals(reading.year())) {
                warnings.add("submitted for year " + hints.year() + " but "
                        + reading.source().phrase() + " says " + reading.year());
            } else if (!reading.conflicting().isEmpty()
                    && !reading.conflicting().contains(hints.year())) {
                warnings.add("submitted for year " + hints.year() + " but the text names " + reading.conflicting());
            }
            year = hints.year();
            yearSource = YearSource.REQUEST;
        } else if (yearSource == YearSource.ISSUED_ON
                || yearSource == YearSource.DOC_NUMBER
                || yearSource == YearSource.SUBMITTED_AT) {
            warnings.add("the text names no year it covers; taken as " + year + " from " + yearSource.phrase());
        }

        PlaceResolution fromText = resolver.resolve(text, hints.scope());
        PlaceResolution place = fromText;
        if (hints.townshipCode() != null) {
            Place given = places.byCode(hints.townshipCode())
                    .orElseThrow(() -> new IllegalArgumentException("unknown township " + hints.townshipCode()));
            List<String> placeWarnings = new ArrayList<>();
            if (fromText.resolved() && !fromText.township().code().equals(given.code())) {
                placeWarnings.add("submitted for " + given.name() + " (" + given.code() + ") but the text names "
                        + fromText.township().name() + " ("
                        + fromText.township().code() + ")");
            }
            place = new PlaceResolution(
                    given,
                    fromText.candidates().stream()
                            .filter(c -> c.township().code().equals(given.code()))
                            .toList(),
                    placeWarnings);
        }
        warnings.addAll(place.warnings());

        List<Section> sections =
                SectionParser.parse(text, metadata.bodyStart(), metadata.bodyEnd(), normalized.markedHeadings());
        if (sections.isEmpty()) {
            warnings.add("no headings found: the report has no recognisable structure");
        }
        return new ParsedReport(
                text,
                metadata,
                year,
                yearSource,
                yearSource == YearSource.REQUEST ? null : reading.evidence(),
                year == null ? reading.conflicting() : List.of(),
                place,
                sections,
                List.copyOf(warnings));
    }
}
