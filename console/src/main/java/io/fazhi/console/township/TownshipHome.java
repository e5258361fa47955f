package io.fazhi.console.township;

import io.fazhi.console.api.AssessmentDoc;
import io.fazhi.console.api.ChecklistDoc;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.events.RequiredContents;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A township's own reports, newest year first: each with its version, its score, what it still
 * lacks (required contents) and where it is weak (the plan's parts it scored lowest in).
 */
public record TownshipHome(String name, List<Row> rows) {

    /** Parts scoring below this are shown as weak. */
    static final double WEAK = 60.0;

    /** One report: its year, title, version, score, missing contents and weak parts, and where to read it. */
    public record Row(
            String id,
            Integer year,
            String title,
            int version,
            String status,
            Double score,
            String missing,
            String weak) {}

    /**
     * @param assessments each report's assessment by report id (absent while not yet assessed)
     * @param checklists the checklists those assessments used, by id, for the parts' names
     */
    public static TownshipHome of(
            String fallbackName,
            List<ReportDoc> reports,
            Map<String, AssessmentDoc> assessments,
            Map<String, ChecklistDoc> checklists) {
        String name = reports.stream()
                .map(ReportDoc::township)
                .filter(t -> t != null && t.name() != null)
                .map(ReportDoc.Place::name)
                .findFirst()
                .orElse(fallbackName);
        List<Row> rows = reports.stream()
                .sorted(Comparator.comparing((ReportDoc r) -> r.year() == null ? 0 : r.year())
                        .reversed())
                .map(r -> {
                    AssessmentDoc assessment = assessments.get(r.id());
                    return new Row(
                            r.id(),
                            r.year(),
                            r.title(),
                            r.version(),
                            r.status(),
                            assessment == null ? null : assessment.score(),
                            r.missingContents() == null
                                    ? ""
                                    : r.missingContents().stream()
                                            .map(RequiredContents::chinese)
                                            .collect(Collectors.joining("、")),
                            assessment == null ? "" : weak(assessment, checklists.get(assessment.checklistId())));
                })
                .toList();
        return new TownshipHome(name, rows);
    }

    private static String weak(AssessmentDoc assessment, ChecklistDoc checklist) {
        if (assessment.partScores() == null || checklist == null) {
            return "";
        }
        Map<String, String> names = checklist.parts().stream()
                .collect(Collectors.toMap(ChecklistDoc.Part::id, ChecklistDoc.Part::name, (a, b) -> a));
        return assessment.partScores().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() < WEAK)
                .sorted(Map.Entry.comparingByValue())
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + "（" + Math.round(e.getValue()) + "）")
                .collect(Collectors.joining("、"));
    }
}
