package io.fazhi.report.extract;

import io.fazhi.report.parse.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the 公文 layout prints around a report's body, taken away so the body reads in order: a
 * running header or footer that repeats on the pages after the first (above or below the page
 * number, which the normaliser removes with the rest of the page furniture), and the 抄送/印发 block
 * that closes the document. The first page keeps its own first lines: there the organ's name is
 * the 版头, not a running header.
 */
final class OfficialLayout {

    /** 抄送：… / 抄报：… open the closing block; 印发 with its date ends it. */
    private static final Pattern CLOSING = Pattern.compile(
            "^(抄\\s*送|抄\\s*报)\\s*[:：].*|^.{0,40}\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印\\s*发\\s*$");

    private OfficialLayout() {}

    static String body(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            lines.add(new ArrayList<>(List.of(page.split("\\R"))));
        }
        String header = repeated(lines, true);
        String footer = repeated(lines, false);
        for (int page = 1; page < lines.size(); page++) {
            List<String> kept = lines.get(page);
            int first = firstText(kept, true);
            if (header != null && first >= 0 && kept.get(first).strip().equals(header)) {
                kept.remove(first);
            }
            int last = firstText(kept, false);
            if (footer != null && last >= 0 && kept.get(last).strip().equals(footer)) {
                kept.remove(last);
            }
        }
        List<String> body = new ArrayList<>();
        lines.forEach(body::addAll);
        cutClosingBlock(body);
        return String.join("\n", body) + "\n";
    }

    /**
     * The line that opens (or closes) at least two of the pages after the first and at least half
     * of them: a running header (footer). Null when there is none.
     */
    private static String repeated(List<List<String>> pages, boolean top) {
        if (pages.size() < 3) {
            return null; // one page after the first: one occurrence proves nothing
        }
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages.subList(1, pages.size())) {
            int at = firstText(page, top);
            if (at >= 0) {
                counts.merge(page.get(at).strip(), 1, Integer::sum);
            }
        }
        int others = pages.size() - 1;
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && e.getValue() * 2 >= others)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** The first (or last) line with text that is not a page number, or -1. */
    private static int firstText(List<String> lines, boolean fromTop) {
        for (int i = 0; i < lines.size(); i++) {
            int at = fromTop ? i : lines.size() - 1 - i;
            if (!lines.get(at).isBlank() && !TextNormalizer.isPageNumber(lines.get(at))) {
                return at;
            }
        }
        return -1;
    }

    /** The 抄送/印发 block, when it is in the document's last lines: it is addressed to others, not the report. */
    private static void cutClosingBlock(List<String> body) {
        int last = Math.max(0, body.size() - 8);
        for (int i = last; i < body.size(); i++) {
            if (CLOSING.matcher(body.get(i).strip()).matches()) {
                body.subList(i, body.size()).clear();
                return;
            }
        }
    }
}
