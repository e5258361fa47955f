package io.fazhi.console.submit;

import io.fazhi.console.api.ReportDoc;
import io.fazhi.console.report.PlainWarnings;
import io.fazhi.events.RequiredContents;
import java.util.List;
import java.util.stream.Collectors;

/** What the suite read in a submission, shown right after it: township, year, sections, what is missing, warnings in words. */
public record Submitted(ReportDoc report, List<String> sections, String missing, List<String> warnings) {

    public static Submitted of(ReportDoc report) {
        List<String> sections = report.sections() == null
                ? List.of()
                : report.sections().stream()
                        .filter(s -> s.level() == 1)
                        .map(s -> RequiredContents.chinese(s.kind())
                                + (s.heading() == null || s.heading().isBlank() ? "" : "（" + s.heading() + "）"))
                        .toList();
        String missing = report.missingContents() == null
                ? ""
                : report.missingContents().stream()
                        .map(RequiredContents::chinese)
                        .collect(Collectors.joining("、"));
        return new Submitted(report, sections, missing, PlainWarnings.of(report.warnings()));
    }
}
