package io.fazhi.console.report;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two versions of a report's text, paragraph by paragraph and, within a
 * changed paragraph, character by character (Chinese has no spaces to split words at).
 */
public record VersionDiff(String reportId, int from, int to, List<Row> rows, int changed) {

    /** A paragraph: unchanged, or changed with the removed and added characters marked. */
    public record Row(String kind, List<Piece> before, List<Piece> after) {}

    private static final String DEL = "\u0001";
    private static final String INS = "\u0002";
    private static final String END = "\u0003";

    public static VersionDiff of(String reportId, int from, String before, int to, String after) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(false)
                .mergeOriginalRevised(false)
                .lineNormalizer(line -> line) // the page escapes; the default would escape twice
                .oldTag(start -> start ? DEL : END)
                .newTag(start -> start ? INS : END)
                .build();
        List<DiffRow> diff = generator.generateDiffRows(lines(before), lines(after));
        List<Row> rows = diff.stream()
                .map(r -> new Row(r.getTag().name().toLowerCase(), pieces(r.getOldLine()), pieces(r.getNewLine())))
                .toList();
        return new VersionDiff(reportId, from, to, rows, (int)
                rows.stream().filter(r -> !r.kind().equals("equal")).count());
    }

    /** A line split at the markers, for the template to wrap in del/ins without trusting any HTML. */
    public record Piece(String text, String mark) {}

    static List<Piece> pieces(String line) {
        List<Piece> pieces = new java.util.ArrayList<>();
        String mark = "";
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            String c = String.valueOf(line.charAt(i));
            if (c.equals(DEL) || c.equals(INS) || c.equals(END)) {
                if (current.length() > 0) {
                    pieces.add(new Piece(current.toString(), mark));
                    current.setLength(0);
                }
                mark = c.equals(DEL) ? "del" : c.equals(INS) ? "ins" : "";
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            pieces.add(new Piece(current.toString(), mark));
        }
        return pieces;
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
