package io.fazhi.report.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text of a page or of areas of it, with the lines a paragraph was wrapped into joined
 * again. A PDF keeps no paragraphs, only lines; a line that runs to the right edge of its block
 * (the type area, or a column) and is followed by one that starts at the left edge, not indented
 * as a 公文 paragraph's first line is, goes on in that line ({@link WrappedLine}). Everything else
 * keeps its line break.
 */
final class WrapJoiningStripper extends PDFTextStripperByArea {

    /** Written between lines while extracting; replaced by a line break or nothing afterwards. */
    private static final String MARK = "\u0001";

    /** Where a written line began and ended, and how wide its characters are. */
    private record Line(float left, float right, float charWidth) {}

    private final Map<Writer, List<Line>> lines = new IdentityHashMap<>();
    private float left = Float.MAX_VALUE;
    private float right = 0;
    private float charWidth = 0;
    /** The region being written: a region's last line has no separator, so its extent must not reach the next. */
    private Writer writing;

    WrapJoiningStripper() throws IOException {
        setSortByPosition(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (output != writing) {
            finishRegion();
            writing = output;
            left = Float.MAX_VALUE;
            right = 0;
            charWidth = 0;
        }
        for (TextPosition c : positions) {
            left = Math.min(left, c.getXDirAdj());
            right = Math.max(right, c.getXDirAdj() + c.getWidthDirAdj());
            charWidth = Math.max(charWidth, c.getWidthDirAdj());
        }
        super.writeString(text, positions);
    }

    /** A region's last line has no separator after it: its extent is kept when the next region begins. */
    private void finishRegion() {
        if (writing != null && right > 0) {
            lines.computeIfAbsent(writing, w -> new ArrayList<>()).add(new Line(left, right, charWidth));
        }
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        lines.computeIfAbsent(output, w -> new ArrayList<>()).add(new Line(left, right, charWidth));
        left = Float.MAX_VALUE;
        right = 0;
        charWidth = 0;
        output.write(MARK);
    }

    /** The text of a region, its wrapped lines joined. */
    String text(String region) {
        finishRegion();
        writing = null;
        right = 0;
        String written = getTextForRegion(region);
        // PDFBox keeps each region's text in a writer of its own: the one that holds this text.
        List<Line> infos = lines.entrySet().stream()
                .filter(e -> e.getKey().toString().equals(written))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(List.of());
        String[] segments = written.split(MARK, -1);
        if (infos.isEmpty()) {
            return String.join("\n", segments);
        }
        float[] rights = new float[infos.size()];
        float blockLeft = Float.MAX_VALUE;
        for (int i = 0; i < infos.size(); i++) {
            rights[i] = infos.get(i).right();
            blockLeft = Math.min(blockLeft, infos.get(i).left());
        }
        java.util.Arrays.sort(rights);
        float blockRight = rights[(int) (rights.length * 0.75)];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            text.append(segments[i]);
            if (i < segments.length - 1) {
                Line line = infos.get(Math.min(i, infos.size() - 1));
                // (the last line's extent is known once the region is done; a region's line count and its extents
                // agree)
                Line next = i + 1 < infos.size() ? infos.get(i + 1) : null;
                boolean wrapped = next != null
                        && WrappedLine.continues(
                                segments[i],
                                line.right(),
                                segments[i + 1],
                                next.left(),
                                blockLeft,
                                blockRight,
                                Math.max(line.charWidth(), next.charWidth()));
                text.append(wrapped ? "" : "\n");
            }
        }
        return text.toString();
    }
}
