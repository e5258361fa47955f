package io.fazhi.report.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract's TSV output as text: words (level 5) joined into their lines, Chinese characters
 * without the spaces the engine puts between them, and the words' confidence weighted by length.
 * Lines the page wrapped a paragraph into are joined ({@link WrappedLine}): left as lines, a wrapped
 * "一是…" would read as a heading.
 */
final class TesseractTsv {

    /** Lines at least this long measure a character's advance. */
    private static final int MEASURED_LINE = 10;
    /** A lone character read with less confidence than this is a speck or a seal's stroke, not text. */
    private static final double SPECK_CONFIDENCE = 30;
    /** Words read with less confidence than this (specks, seal strokes) do not place a line's edges. */
    private static final double GEOMETRY_CONFIDENCE = 50;

    private TesseractTsv() {}

    /** One line as read: its text and where it starts and ends on the page. */
    private static final class Line {
        final StringBuilder text = new StringBuilder();
        int left = Integer.MAX_VALUE;
        int right;
    }

    static OcrPage page(List<String> rows) {
        List<Line> lines = new ArrayList<>();
        String key = null;
        Line line = null;
        double confidence = 0;
        int characters = 0;
        for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5")) {
                continue;
            }
            String word = cells[11].strip();
            double conf = parse(cells[10]);
            int left = (int) parse(cells[6]);
            int wordWidth = (int) parse(cells[8]);
            if (word.isEmpty()
                    || conf < 0
                    || left < 0
                    || wordWidth < 0
                    || word.length() == 1 && conf < SPECK_CONFIDENCE) {
                continue;
            }
            String lineKey = cells[2] + "/" + cells[3] + "/" + cells[4];
            if (!lineKey.equals(key)) {
                key = lineKey;
                line = new Line();
                lines.add(line);
            } else if (ascii(line.text.charAt(line.text.length() - 1)) && ascii(word.charAt(0))) {
                line.text.append(' ');
            }
            line.text.append(word);
            if (conf >= GEOMETRY_CONFIDENCE) {
                // A speck of noise read as a word at the margin would move the line's edges.
                line.left = Math.min(line.left, left);
                line.right = Math.max(line.right, left + wordWidth);
            }
            confidence += conf * word.length();
            characters += word.length();
        }
        return new OcrPage(joinWrapped(lines), characters == 0 ? 0 : confidence / characters, characters);
    }

    private static String joinWrapped(List<Line> lines) {
        // The text's edges as most lines have them. In a 公文 page every paragraph's first line and
        // every heading is indented, continuation lines are not: a quarter of the lines starting at
        // the left edge is enough; most lines of a report are full, so a high share ends at the right.
        int[] lefts = lines.stream()
                .filter(l -> l.right > 0)
                .mapToInt(l -> l.left)
                .sorted()
                .toArray();
        int[] rights = lines.stream()
                .filter(l -> l.right > 0)
                .mapToInt(l -> l.right)
                .sorted()
                .toArray();
        if (lefts.length == 0) {
            return String.join("\n", lines.stream().map(l -> l.text).toList());
        }
        int textLeft = lefts[lefts.length / 4];
        // A character's advance, from lines of some length (a glyph's own box is narrower than its advance).
        double[] advances = lines.stream()
                .filter(l -> l.right > 0 && l.text.length() >= MEASURED_LINE)
                .mapToDouble(l -> (double) (l.right - l.left) / l.text.length())
                .sorted()
                .toArray();
        double charWidth = advances.length == 0 ? 0 : advances[advances.length / 2];
        int textRight = rights[(int) (rights.length * 0.8)];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line current = lines.get(i);
            text.append(current.text);
            if (i + 1 == lines.size()) {
                break;
            }
            Line next = lines.get(i + 1);
            boolean wrapped = current.right > 0
                    && next.right > 0
                    && WrappedLine.continues(
                            current.text.toString(),
                            current.right,
                            next.text.toString(),
                            next.left,
                            textLeft,
                            textRight,
                            charWidth);
            if (!wrapped) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static boolean ascii(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
