package io.fazhi.report.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the heading tree of a normalised report (one paragraph per line) and classifies its top
 * two levels. Paragraphs with no heading that open the next year's plans or admit shortcomings
 * (下一步，…; 存在…问题) start a section of their own: many township reports have no heading there.
 */
final class SectionParser {

    /** A marked paragraph longer than this is a marked-up sentence, not a heading. */
    private static final int MAX_MARKED_HEADING = 60;

    private SectionParser() {}

    /**
     * @param bodyStart where the body begins (after title and header lines)
     * @param bodyEnd where the closing block (organs, date, 印发) begins
     * @param marked paragraphs the document marks as headings without a number (TextNormalizer.Normalized)
     */
    static List<Section> parse(String text, int bodyStart, int bodyEnd, Map<String, HeadingStyle> marked) {
        List<HeadingStyle> levels = new ArrayList<>();
        List<Open> opened = new ArrayList<>();
        SectionKind topKind = null;
        int awaitingLead = -1; // the heading whose item has not yet shown its lead sentence
        int offset = 0;
        for (String paragraph : text.split("\n", -1)) {
            int start = offset;
            offset += paragraph.length() + 1;
            if (start < bodyStart || start >= bodyEnd || paragraph.isEmpty()) {
                continue;
            }
            Optional<HeadingStyle> style = HeadingStyle.of(paragraph);
            if (style.isEmpty() && marked.containsKey(paragraph) && paragraph.length() <= MAX_MARKED_HEADING) {
                style = Optional.of(marked.get(paragraph));
            }
            if (style.isPresent()) {
                int level = levels.indexOf(style.get()) + 1;
                if (level == 0) {
                    levels.add(style.get());
                    level = levels.size();
                }
                String heading = HeadingStyle.headingText(paragraph);
                SectionKind kind = level <= 2 ? SectionClassifier.classifyHeading(heading) : null;
                if (level == 1) {
                    topKind = kind;
                }
                opened.add(new Open(kind, heading, level, start, false));
                String lead = paragraph.substring(heading.length()).replaceFirst("^。", "");
                awaitingLead = lead.isBlank() ? opened.size() - 1 : -1;
                if (!lead.isBlank()) {
                    firstResponsibleItem(opened, opened.size() - 1, lead, start);
                }
                continue;
            }
            if (awaitingLead >= 0) {
                firstResponsibleItem(opened, awaitingLead, paragraph, start);
                awaitingLead = -1;
            }
            SectionKind cue = SectionClassifier.cue(paragraph);
            if (cue != null && cue != topKind && !opened.isEmpty()) {
                // A top-level section of its own, ending whatever was open.
                opened.add(new Open(cue, firstClause(paragraph), 1, start, true));
                topKind = cue;
            }
        }
        return close(opened, text, bodyEnd);
    }

    /**
     * An item whose lead sentence is the principal leaders' duty as first responsible person
     * reports that duty, whatever its heading says: a measures item becomes a first-responsible
     * one, and under a top-level heading the lead paragraph becomes an item of its own.
     */
    private static void firstResponsibleItem(List<Open> opened, int index, String lead, int leadStart) {
        Open item = opened.get(index);
        if (!(item.kind() == null || item.kind() == SectionKind.MEASURES)
                || !SectionClassifier.leadsWithFirstResponsible(lead)) {
            return;
        }
        if (item.level() == 1) {
            if (index == opened.size() - 1) {
                opened.add(new Open(SectionKind.FIRST_RESPONSIBLE, firstClause(lead), 2, leadStart, true));
            }
        } else {
            opened.set(
                    index, new Open(SectionKind.FIRST_RESPONSIBLE, item.heading(), item.level(), item.start(), false));
        }
    }

    private static List<Section> close(List<Open> opened, String text, int bodyEnd) {
        List<Section> sections = new ArrayList<>(opened.size());
        for (int i = 0; i < opened.size(); i++) {
            Open open = opened.get(i);
            int end = bodyEnd;
            for (int j = i + 1; j < opened.size(); j++) {
                if (opened.get(j).level() <= open.level()) {
                    end = opened.get(j).start();
                    break;
                }
            }
            end = trimTrailingNewline(text, open.start(), end);
            // The body, not the heading: "存在的不足和原因" as a heading promises causes, it does not give them.
            int body = Math.min(
                    end, open.start() + (open.inferred() ? 0 : open.heading().length()));
            Boolean causes = open.kind() == SectionKind.SHORTCOMINGS
                    ? SectionClassifier.givesCauses(text.substring(body, end))
                    : null;
            sections.add(
                    new Section(open.kind(), open.heading(), open.level(), open.start(), end, causes, open.inferred()));
        }
        return sections;
    }

    private static int trimTrailingNewline(String text, int start, int end) {
        int e = Math.min(end, text.length());
        while (e > start && text.charAt(e - 1) == '\n') {
            e--;
        }
        return e;
    }

    private static String firstClause(String paragraph) {
        int cut = paragraph.length();
        for (char stop : new char[] {'，', '。', '：'}) {
            int at = paragraph.indexOf(stop);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return paragraph.substring(0, Math.min(cut, 60));
    }

    private record Open(SectionKind kind, String heading, int level, int start, boolean inferred) {}
}
