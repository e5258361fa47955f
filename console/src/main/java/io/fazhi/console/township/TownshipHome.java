package io.fazhi.console.township;

import io.fazhi.console.api.ReportDoc;
import io.fazhi.events.RequiredContents;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A township's own reports, newest year first, with what each still lacks. */
public record TownshipHome(String name, List<Row> rows) {

    /** One report: its year, title, version and missing contents, and where to read it. */
    public record Row(String id, Integer year, String title, int version, String status, String missing) {
    }

    public static TownshipHome of(String fallbackName, List<ReportDoc> reports) {
        String name = reports.stream().map(ReportDoc::township).filter(t -> t != null && t.name() != null)
                .map(ReportDoc.Place::name).findFirst().orElse(fallbackName);
        List<Row> rows = reports.stream()
                .sorted(Comparator.comparing((ReportDoc r) -> r.year() == null ? 0 : r.year()).reversed())
                .map(r -> new Row(r.id(), r.year(), r.title(), r.version(), r.status(),
                        r.missingContents() == null ? "" : r.missingContents().stream().map(RequiredContents::chinese)
                                .collect(Collectors.joining("、"))))
                .toList();
        return new TownshipHome(name, rows);
    }
}
