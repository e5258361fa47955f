package io.fazhi.console.report;

import io.fazhi.console.api.AssessmentDoc;
import io.fazhi.console.api.ChecklistDoc;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.console.page.ChineseDates;
import io.fazhi.events.RequiredContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report as a county clerk reads it: its text with the required contents marked, and for each part
 * of the plan its score and, item by item, the grade with the passages that earned it (each a link
 * into the text) and the intentions or gaps that earned nothing; the numbers it gives, the passages
 * it shares with other townships' reports, its versions, and its warnings in plain words.
 */
public record ReportPage(
        ReportDoc report,
        String missing,
        List<String> warnings,
        List<MarkedText.Piece> text,
        Double score,
        List<Part> parts,
        List<IndicatorRow> indicators,
        List<ReuseView> reuse,
        List<VersionRow> versions) {

    /** A part of the plan with its items, as graded. */
    public record Part(String name, Double score, List<Item> items) {}

    /** An item: its requirement, its grade in words, its passages. */
    public record Item(String requirement, String grade, List<Link> evidence, List<Link> notCounted) {}

    /** A passage as a link into the text. */
    public record Link(String anchor, String text) {}

    /** A number the report gives, with the passage it comes from. */
    public record IndicatorRow(
            String label, String value, String unit, boolean approximate, String anchor, String source) {}

    /**
     * Another township's report sharing passages with this one: side by side when the user may read
     * it, else only the township and the share of this report's text.
     */
    public record ReuseView(String township, String share, String otherReportId, List<Pair> pairs) {}

    /** This report's passage and the other township's near copy ("" when the user may not read it). */
    public record Pair(String mine, String theirs) {}

    /** A version: when it was received, the file, whether it is the current one. */
    public record VersionRow(int version, String received, String fileName, boolean current) {}

    /** Another township's report, when the user may read it. */
    public record OtherReport(String township, String text) {}

    private static final Map<String, String> GRADES = Map.of("specific", "有具体证据", "mentioned", "仅提及", "none", "未见");
    private static final int PAIRS_SHOWN = 5;

    /**
     * @param assessment null while the report is not yet assessed
     * @param others the other townships' reports the user may read, by id (absent: not readable)
     */
    public static ReportPage of(
            ReportDoc report,
            String text,
            AssessmentDoc assessment,
            ChecklistDoc checklist,
            List<ReportDoc> versions,
            Map<String, OtherReport> others) {
        String missing = report.missingContents() == null
                ? ""
                : report.missingContents().stream()
                        .map(RequiredContents::chinese)
                        .collect(Collectors.joining("、"));
        List<VersionRow> versionRows = versions.stream()
                .map(v -> new VersionRow(
                        v.version(),
                        ChineseDates.minute(v.receivedAt() == null ? v.submittedAt() : v.receivedAt()),
                        v.fileName(),
                        v.version() == report.version()))
                .toList();
        if (assessment == null || checklist == null) {
            return new ReportPage(
                    report,
                    missing,
                    PlainWarnings.of(report.warnings()),
                    MarkedText.of(text, report.sections(), List.of()),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    versionRows);
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
                List<AssessmentDoc.Passage> notCounted =
                        result.notAchievements() == null ? List.of() : result.notAchievements();
                cited.addAll(evidence);
                cited.addAll(notCounted);
                items.add(new Item(
                        item.requirement(),
                        GRADES.getOrDefault(result.grade(), result.grade()),
                        links(evidence),
                        links(notCounted)));
            }
            parts.add(new Part(
                    part.name(),
                    assessment.partScores() == null
                            ? null
                            : assessment.partScores().get(part.id()),
                    items));
        }
        List<IndicatorRow> indicators = new ArrayList<>();
        for (AssessmentDoc.Indicator i :
                assessment.indicators() == null ? List.<AssessmentDoc.Indicator>of() : assessment.indicators()) {
            AssessmentDoc.Passage passage = new AssessmentDoc.Passage(i.start(), i.end(), i.source(), null);
            cited.add(passage); // after the evidence: where they overlap, the evidence is marked
            indicators.add(new IndicatorRow(
                    i.label(),
                    number(i.value()),
                    i.unit() == null ? "" : i.unit(),
                    i.approximate(),
                    MarkedText.anchor(passage),
                    i.source()));
        }
        return new ReportPage(
                report,
                missing,
                PlainWarnings.of(report.warnings()),
                MarkedText.of(text, report.sections(), cited),
                assessment.score(),
                parts,
                indicators,
                reuse(assessment, text, others),
                versionRows);
    }

    private static List<ReuseView> reuse(AssessmentDoc assessment, String text, Map<String, OtherReport> others) {
        List<ReuseView> views = new ArrayList<>();
        for (AssessmentDoc.Reuse match :
                assessment.reuse() == null ? List.<AssessmentDoc.Reuse>of() : assessment.reuse()) {
            OtherReport other = others.get(match.otherReportId());
            String share = text.isEmpty() ? "" : Math.round(100.0 * match.sharedChars() / text.length()) + "%";
            List<Pair> pairs = match.passages() == null
                    ? List.of()
                    : match.passages().stream()
                            .limit(PAIRS_SHOWN)
                            .map(p -> new Pair(
                                    cut(text, p.start(), p.end()),
                                    other == null ? "" : cut(other.text(), p.otherStart(), p.otherEnd())))
                            .toList();
            views.add(new ReuseView(
                    other == null ? match.otherTownshipCode() : other.township(),
                    share,
                    other == null ? null : match.otherReportId(),
                    pairs));
        }
        return views;
    }

    private static String cut(String text, int start, int end) {
        return start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : "";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<Link> links(List<AssessmentDoc.Passage> passages) {
        return passages.stream()
                .map(p -> new Link(
                        MarkedText.anchor(p),
                        p.text() == null
                                ? ""
                                : p.text().length() > 60 ? p.text().substring(0, 60) + "…" : p.text()))
                .toList();
    }
}
