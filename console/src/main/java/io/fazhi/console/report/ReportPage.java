package io.fazhi.console.report;

import io.fazhi.console.api.AssessmentDoc;
import io.fazhi.console.api.ChecklistDoc;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.events.RequiredContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report as a county clerk reads it: its text with the required contents marked, and for each part
 * of the plan its score and, item by item, the grade with the passages that earned it (each a link
 * into the text) and the intentions or gaps that earned nothing.
 */
public record ReportPage(ReportDoc report, String missing, List<MarkedText.Piece> text, Double score, List<Part> parts) {

    /** A part of the plan with its items, as graded. */
    public record Part(String name, Double score, List<Item> items) {
    }

    /** An item: its requirement, its grade in words, its passages. */
    public record Item(String requirement, String grade, List<Link> evidence, List<Link> notCounted) {
    }

    /** A passage as a link into the text. */
    public record Link(String anchor, String text) {
    }

    private static final Map<String, String> GRADES = Map.of("specific", "有具体证据", "mentioned", "仅提及", "none", "未见");

    /** @param assessment null while the report is not yet assessed */
    public static ReportPage of(ReportDoc report, String text, AssessmentDoc assessment, ChecklistDoc checklist) {
        String missing = report.missingContents() == null ? "" : report.missingContents().stream()
                .map(RequiredContents::chinese).collect(Collectors.joining("、"));
        if (assessment == null || checklist == null) {
            return new ReportPage(report, missing, MarkedText.of(text, report.sections(), List.of()), null, List.of());
        }
        Map<String, AssessmentDoc.Item> graded = assessment.items().stream()
                .collect(Collectors.toMap(AssessmentDoc.Item::id, Function.identity(), (a, b) -> a));
        List<AssessmentDoc.Passage> cited = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (ChecklistDoc.Part part : checklist.parts()) {
            List<Item> items = new ArrayList<>();
            for (ChecklistDoc.Item item : part.items()) {
                AssessmentDoc.Item result = graded.get(item.id());
                if (result == null) {
                    continue; // not an item for this level (a county's, a department's)
                }
                List<AssessmentDoc.Passage> evidence = result.evidence() == null ? List.of() : result.evidence();
                List<AssessmentDoc.Passage> notCounted = result.notAchievements() == null ? List.of() : result.notAchievements();
                cited.addAll(evidence);
                cited.addAll(notCounted);
                items.add(new Item(item.requirement(), GRADES.getOrDefault(result.grade(), result.grade()), links(evidence), links(notCounted)));
            }
            parts.add(new Part(part.name(), assessment.partScores() == null ? null : assessment.partScores().get(part.id()), items));
        }
        return new ReportPage(report, missing, MarkedText.of(text, report.sections(), cited), assessment.score(), parts);
    }

    private static List<Link> links(List<AssessmentDoc.Passage> passages) {
        return passages.stream().map(p -> new Link(MarkedText.anchor(p),
                p.text() == null ? "" : p.text().length() > 60 ? p.text().substring(0, 60) + "…" : p.text())).toList();
    }
}
