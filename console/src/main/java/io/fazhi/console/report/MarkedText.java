package io.fazhi.console.report;

import io.fazhi.console.api.AssessmentDoc;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.events.RequiredContents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A report's text cut into pieces for the page: where each top-level section begins (its name in
 * Chinese), and the passages an assessment cites as marks with an anchor, so a link to
 * {@code #e-start-end} scrolls to the passage and the page highlights it (CSS {@code :target}, no
 * script). Passages that overlap one already marked stay listed but are not marked twice.
 */
public final class MarkedText {

    /** A piece of the text: a section beginning before it, whether it is cited, and the anchor of its first piece. */
    public record Piece(String text, String section, boolean cited, String anchor) {}

    private MarkedText() {}

    public static String anchor(AssessmentDoc.Passage passage) {
        return "e-" + passage.start() + "-" + passage.end();
    }

    public static List<Piece> of(
            String text, List<ReportDoc.Section> sections, Collection<AssessmentDoc.Passage> passages) {
        TreeMap<Integer, AssessmentDoc.Passage> marked = new TreeMap<>();
        // In the order given: where two overlap, the one listed first is marked (evidence before numbers).
        passages.stream()
                .filter(p -> p.start() >= 0 && p.end() <= text.length() && p.start() < p.end())
                .forEach(p -> {
                    Map.Entry<Integer, AssessmentDoc.Passage> before = marked.floorEntry(p.start());
                    Map.Entry<Integer, AssessmentDoc.Passage> after = marked.ceilingEntry(p.start());
                    boolean overlaps = before != null && before.getValue().end() > p.start()
                            || after != null && after.getKey() < p.end();
                    if (!overlaps) {
                        marked.put(p.start(), p);
                    }
                });
        Map<Integer, String> starts = new TreeMap<>();
        for (ReportDoc.Section section : sections) {
            if (section.level() == 1 && section.start() >= 0 && section.start() < text.length()) {
                starts.putIfAbsent(section.start(), RequiredContents.chinese(section.kind()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        cuts.addAll(starts.keySet());
        marked.values().forEach(p -> {
            cuts.add(p.start());
            cuts.add(p.end());
        });
        List<Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                Map.Entry<Integer, AssessmentDoc.Passage> in = marked.floorEntry(from);
                boolean cited = in != null && in.getValue().end() > from;
                String anchor = cited && in.getKey().equals(from) ? anchor(in.getValue()) : null;
                pieces.add(new Piece(text.substring(from, to), starts.get(from), cited, anchor));
            }
            from = to;
        }
        return pieces;
    }
}
