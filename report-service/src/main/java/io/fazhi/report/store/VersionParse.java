package io.fazhi.report.store;

import io.fazhi.events.PlaceRef;
import io.fazhi.events.RequiredContents;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.parse.ParsedReport;
import io.fazhi.report.parse.ReportMetadata;
import io.fazhi.report.parse.Spanned;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parse of one report version as it is kept ({@code report_version.parsed}, JSON) and as its
 * event and the API's view carry it. Field names are a contract dashboards rely on: see the
 * report-service README.
 */
public record VersionParse(
        Integer year,
        String yearSource,
        String title,
        String docNumber,
        LocalDate issuedOn,
        String signer,
        String addressee,
        List<String> issuingOrgans,
        PlaceRef township,
        PlaceRef county,
        PlaceRef city,
        PlaceRef province,
        List<Candidate> placeCandidates,
        List<SectionEntry> sections,
        List<String> missingContents,
        List<String> warnings,
        Map<String, int[]> spans) {

    public record Candidate(String code, String path, List<String> evidence) {}

    public record SectionEntry(
            String kind, String heading, int start, int end, int level, Boolean causesGiven, boolean inferred) {}

    public static VersionParse of(ParsedReport parsed, PlaceDirectory places, List<String> intakeWarnings) {
        ReportMetadata meta = parsed.metadata();
        Place township = parsed.place().township();
        List<Place> path = township == null ? List.of() : places.path(township.code());
        List<SectionEntry> sections = parsed.sections().stream()
                .map(s -> new SectionEntry(
                        s.kind() == null ? null : s.kind().wire(),
                        s.heading(),
                        s.start(),
                        s.end(),
                        s.level(),
                        s.causesGiven(),
                        s.inferred()))
                .toList();
        List<String> present = parsed.sections().stream()
                .filter(s -> s.kind() != null)
                .map(s -> s.kind().wire())
                .toList();
        Map<String, int[]> spans = new LinkedHashMap<>();
        span(spans, "title", meta.title());
        span(spans, "year", parsed.yearEvidence());
        span(spans, "docNumber", meta.docNumber());
        span(spans, "signer", meta.signer());
        span(spans, "addressee", meta.addressee());
        span(spans, "issuedOn", meta.issuedOn());
        for (int i = 0; i < meta.issuingOrgans().size(); i++) {
            span(spans, "issuingOrgans[" + i + "]", meta.issuingOrgans().get(i));
        }
        List<String> warnings = new java.util.ArrayList<>(intakeWarnings);
        warnings.addAll(parsed.warnings());
        return new VersionParse(
                parsed.year(),
                parsed.yearSource() == null ? null : parsed.yearSource().wire(),
                value(meta.title()),
                value(meta.docNumber()),
                value(meta.issuedOn()),
                value(meta.signer()),
                value(meta.addressee()),
                meta.issuingOrgans().stream().map(Spanned::value).toList(),
                place(township),
                level(path, 2),
                level(path, 1),
                level(path, 0),
                parsed.place().candidates().stream()
                        .map(c -> new Candidate(c.township().code(), c.path(), c.evidence()))
                        .toList(),
                sections,
                RequiredContents.missing(present),
                List.copyOf(warnings),
                spans);
    }

    /** The same parse with its township confirmed by a person: the path filled in, a warning saying who. */
    public VersionParse located(Place confirmed, PlaceDirectory places, String note) {
        List<Place> path = places.path(confirmed.code());
        List<String> withNote = new java.util.ArrayList<>(warnings);
        withNote.add(note);
        return new VersionParse(
                year,
                yearSource,
                title,
                docNumber,
                issuedOn,
                signer,
                addressee,
                issuingOrgans,
                place(confirmed),
                level(path, 2),
                level(path, 1),
                level(path, 0),
                placeCandidates,
                sections,
                missingContents,
                List.copyOf(withNote),
                spans);
    }

    private static PlaceRef level(List<Place> path, int index) {
        return path.size() > index ? place(path.get(index)) : null;
    }

    private static PlaceRef place(Place place) {
        return place == null ? null : new PlaceRef(place.code(), place.name());
    }

    private static <T> T value(Spanned<T> spanned) {
        return spanned == null ? null : spanned.value();
    }

    private static void span(Map<String, int[]> spans, String name, Spanned<?> spanned) {
        if (spanned != null) {
            spans.put(name, new int[] {spanned.start(), spanned.end()});
        }
    }
}
