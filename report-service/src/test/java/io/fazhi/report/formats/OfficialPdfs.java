package io.fazhi.report.formats;

import io.fazhi.report.intake.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A report printed from a 公文 template to PDF: A4 pages; the title centred; each paragraph's first
 * line indented two characters and its lines wrapped to the type area by width; the report's title as a running header on
 * every page after the first, a page number {@code — N —} at the foot of each, the second page set
 * in two columns, and the 抄送/印发 block at the end.
 */
final class OfficialPdfs {

    static final String CLOSING_COPY = "抄送：区司法局，区委全面依法治区委员会办公室。";
    static final String CLOSING_ISSUED = "党政综合办公室　　　　2025年1月10日印发";

    private static final float SIZE = 11;
    private static final float LEADING = 17;
    private static final float LEFT = 70;
    private static final float TOP = 770;
    private static final int LINES = 40;
    private static final int FULL = 40;
    private static final int HALF = 20;

    private OfficialPdfs() {
    }

    static byte[] of(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        List<String> paragraphs = new ArrayList<>(text.lines().toList());
        paragraphs.add(CLOSING_COPY);
        paragraphs.add(CLOSING_ISSUED);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = TestDocuments.cjk();
            int page = 0;
            int next = 0;
            while (next < paragraphs.size()) {
                page++;
                PDPage sheet = new PDPage(PDRectangle.A4);
                document.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                    if (page > 1) {
                        write(content, font, header.length() > FULL ? header.substring(0, FULL) : header, LEFT, 805);
                    }
                    write(content, font, "— " + page + " —", 280, 40);
                    if (page == 2) {
                        next = column(content, font, paragraphs, next, LEFT);
                        next = column(content, font, paragraphs, next, LEFT + (HALF + 2) * SIZE);
                    } else {
                        next = fill(content, font, paragraphs, next, LEFT, FULL);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(PDPageContentStream content, PDFont font, List<String> paragraphs, int next, float x) throws IOException {
        return fill(content, font, paragraphs, next, x, HALF);
    }

    /** A character's width in ems, as the CJK font sets it (no widths of its own: every glyph one em). */
    private static float ems(char c) {
        return 1f;
    }

    /** Whole paragraphs, wrapped at {@code width} characters, while they fit the page's lines. */
    private static int fill(PDPageContentStream content, PDFont font, List<String> paragraphs, int next, float x, int width)
            throws IOException {
        int line = 0;
        while (next < paragraphs.size()) {
            boolean title = next == 0;
            List<String> wrapped = wrap(paragraphs.get(next), width, title ? 0 : 2);
            if (line + wrapped.size() > LINES && line > 0) {
                break;
            }
            for (int i = 0; i < wrapped.size(); i++) {
                String part = wrapped.get(i);
                float indent = title ? (width - width(part)) / 2 : i == 0 ? 2 : 0;
                write(content, font, part, x + indent * SIZE, TOP - LEADING * line++);
            }
            next++;
        }
        return next;
    }

    /** A paragraph's lines: as many characters as fit {@code width} ems, the first line {@code indent} ems in. */
    private static List<String> wrap(String paragraph, int width, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = indent;
        for (char c : paragraph.toCharArray()) {
            if (used + ems(c) > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(c);
            used += ems(c);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String line) {
        float ems = 0;
        for (char c : line.toCharArray()) {
            ems += ems(c);
        }
        return ems;
    }

    private static void write(PDPageContentStream content, PDFont font, String line, float x, float y) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        // The font's predefined UCS-2 encoding: each character as its two-byte code.
        StringBuilder hex = new StringBuilder();
        for (char c : line.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        content.appendRawCommands("<" + hex + "> Tj\n");
        content.endText();
    }
}
