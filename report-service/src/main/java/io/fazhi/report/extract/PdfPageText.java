package io.fazhi.report.extract;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One page's text in reading order, its wrapped lines joined ({@link WrapJoiningStripper}). PDFBox
 * sorts a page's text by position, which reads a page set in two columns across both, line by
 * line; so the page's lines are first looked at for a gutter: a vertical band in the middle of the
 * page that (almost) no line crosses while lines stand on both sides of it. Such a page is read as
 * areas: what spans the page above the columns, the left column, the right column, then what spans
 * the page below them.
 */
final class PdfPageText {

    /** A band no wider than this (points) is a space between words, not a gutter. */
    private static final float MIN_GUTTER = 10f;
    /** Lines a column needs on each side of the gutter before a page counts as two columns. */
    private static final int MIN_COLUMN_LINES = 4;

    private PdfPageText() {}

    static String of(PDDocument document, int pageNumber) throws IOException {
        PDPage page = document.getPage(pageNumber - 1);
        Map<Integer, List<TextPosition>> lines = lines(document, pageNumber);
        float width = page.getCropBox().getWidth();
        float height = page.getCropBox().getHeight();
        float[] gutter = gutter(lines, width);
        WrapJoiningStripper areas = new WrapJoiningStripper();
        List<String> order;
        if (gutter == null) {
            areas.addRegion("page", new Rectangle2D.Float(0, 0, width, height));
            order = List.of("page");
        } else {
            // The columns run from the line after the last one that spans the page above them to the
            // line before the first one that spans it below them (a page number, a closing line).
            float top = 0;
            float bottom = height;
            List<Integer> ys = new ArrayList<>(lines.keySet());
            int first = 0;
            while (first < ys.size() && sides(lines.get(ys.get(first)), gutter) != 3) {
                first++;
            }
            for (int i = first - 1; i >= 0; i--) {
                if (sides(lines.get(ys.get(i)), gutter) == 0) {
                    top = (ys.get(i) + ys.get(i + 1)) / 2f;
                    break;
                }
            }
            for (int i = first + 1; i < ys.size(); i++) {
                if (sides(lines.get(ys.get(i)), gutter) == 0) {
                    bottom = (ys.get(i - 1) + ys.get(i)) / 2f;
                    break;
                }
            }
            areas.addRegion("above", new Rectangle2D.Float(0, 0, width, Math.max(0, top)));
            areas.addRegion("left", new Rectangle2D.Float(0, top, gutter[0], bottom - top));
            areas.addRegion("right", new Rectangle2D.Float(gutter[1], top, width - gutter[1], bottom - top));
            areas.addRegion("below", new Rectangle2D.Float(0, bottom, width, Math.max(0, height - bottom)));
            order = List.of("above", "left", "right", "below");
        }
        areas.extractRegions(page);
        StringBuilder text = new StringBuilder();
        for (String region : order) {
            String part = areas.text(region);
            text.append(part);
            if (!part.isEmpty() && !part.endsWith("\n")) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The page's characters by line (their baseline, to the point). */
    private static Map<Integer, List<TextPosition>> lines(PDDocument document, int pageNumber) throws IOException {
        Map<Integer, List<TextPosition>> lines = new TreeMap<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    lines.computeIfAbsent(Math.round(text.getYDirAdj()), y -> new ArrayList<>())
                            .add(text);
                }
            }
        };
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.getText(document);
        return lines;
    }

    /**
     * The widest band in the middle of the page (30–70 % of its width) that at most one line in
     * ten crosses, when enough lines stand on each side of it: {left edge, right edge}, or null.
     */
    private static float[] gutter(Map<Integer, List<TextPosition>> lines, float width) {
        if (lines.size() < 2 * MIN_COLUMN_LINES) {
            return null;
        }
        int from = (int) (width * 0.3);
        int to = (int) (width * 0.7);
        int[] crossing = new int[to - from];
        for (List<TextPosition> line : lines.values()) {
            boolean[] covered = new boolean[to - from];
            for (TextPosition c : line) {
                for (int x = Math.max(from, (int) c.getXDirAdj());
                        x < Math.min(to, (int) Math.ceil(c.getXDirAdj() + c.getWidthDirAdj()));
                        x++) {
                    covered[x - from] = true;
                }
            }
            for (int i = 0; i < covered.length; i++) {
                crossing[i] += covered[i] ? 1 : 0;
            }
        }
        int allowed = lines.size() / 10;
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0, start = -1; i <= crossing.length; i++) {
            boolean open = i < crossing.length && crossing[i] <= allowed;
            if (open && start < 0) {
                start = i;
            } else if (!open && start >= 0) {
                if (i - start > bestLength) {
                    bestLength = i - start;
                    bestStart = start;
                }
                start = -1;
            }
        }
        if (bestLength < MIN_GUTTER) {
            return null;
        }
        float[] gutter = {from + bestStart, from + bestStart + bestLength};
        long both =
                lines.values().stream().filter(line -> sides(line, gutter) == 3).count();
        return both >= MIN_COLUMN_LINES ? gutter : null;
    }

    /** 1: text left of the gutter only, 2: right only, 3: both, 0: none (or across it). */
    private static int sides(List<TextPosition> line, float[] gutter) {
        int sides = 0;
        for (TextPosition c : line) {
            if (c.getXDirAdj() + c.getWidthDirAdj() <= gutter[0] + 0.5f) {
                sides |= 1;
            } else if (c.getXDirAdj() >= gutter[1] - 0.5f) {
                sides |= 2;
            } else {
                return 0;
            }
        }
        return sides;
    }
}
