package io.fazhi.report.formats;

import io.fazhi.report.extract.TestDocuments;
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
 * A report printed from a 公文 template to PDF: A4 pages; on the first, the red header (the
 * township government's name with 文件, in red, and a red rule under it); the title centred; each paragraph's first
 * line indented two characters and its lines wrapped to the type area by width; the report's title as a running header on
 * every page after the first, a page number {@code — N —} at the foot of each, the second page set
 * in two columns, the 抄送/印发 block at the end, and over the signature's date (2025 年 1 月 9 日)
 * the red seal and a handwritten signature as images, as a stamped copy is printed.
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

    /** The signature's date line: short, a date alone. */
    static final java.util.regex.Pattern SIGNATURE_DATE =
            java.util.regex.Pattern.compile("\\s*20\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*");

    private OfficialPdfs() {}

    static byte[] of(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        List<String> paragraphs = new ArrayList<>(text.lines().toList());
        paragraphs.add(CLOSING_COPY);
        paragraphs.add(CLOSING_ISSUED);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
                    } else {
                        redHeader(content, font, header);
                    }
                    write(content, font, "— " + page + " —", 280, 40);
                    if (page == 2) {
                        next = column(document, content, font, paragraphs, next, LEFT);
                        next = column(document, content, font, paragraphs, next, LEFT + (HALF + 2) * SIZE);
                    } else {
                        next = fill(document, content, font, paragraphs, next, LEFT, FULL);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(
            PDDocument document, PDPageContentStream content, PDFont font, List<String> paragraphs, int next, float x)
            throws IOException {
        return fill(document, content, font, paragraphs, next, x, HALF);
    }

    /** A character's width in ems, as the CJK font sets it (no widths of its own: every glyph one em). */
    private static float ems(char c) {
        return 1f;
    }

    /** Whole paragraphs, wrapped at {@code width} characters, while they fit the page's lines. */
    private static int fill(
            PDDocument document,
            PDPageContentStream content,
            PDFont font,
            List<String> paragraphs,
            int next,
            float x,
            int width)
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
                float y = TOP - LEADING * line++;
                write(content, font, part, x + indent * SIZE, y);
                if (SIGNATURE_DATE.matcher(part).matches()) {
                    stamp(document, content, x + indent * SIZE, y);
                }
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

    /** 某镇人民政府文件 in red over a red rule, above the title, as the first page of a 公文 has it. */
    private static void redHeader(PDPageContentStream content, PDFont font, String title) throws IOException {
        java.util.regex.Matcher township =
                java.util.regex.Pattern.compile("[\\u4e00-\\u9fa5]{2}[镇乡]").matcher(title);
        String organ = (township.find() ? township.group() : "") + "人民政府文件";
        content.setNonStrokingColor(new java.awt.Color(200, 0, 0));
        write(content, font, organ, (595 - organ.length() * SIZE) / 2, 800);
        content.setStrokingColor(new java.awt.Color(200, 0, 0));
        content.setLineWidth(2);
        content.moveTo(LEFT, 790);
        content.lineTo(595 - LEFT, 790);
        content.stroke();
        content.setNonStrokingColor(java.awt.Color.BLACK);
    }

    /** How many images the PDF's pages draw. */
    static int images(byte[] pdf) throws IOException {
        int images = 0;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
        }
        return images;
    }

    /** The seal, a red ring of 4 cm with a star, and a signature's strokes, drawn over the date. */
    private static void stamp(PDDocument document, PDPageContentStream content, float x, float y) throws IOException {
        java.awt.image.BufferedImage seal =
                new java.awt.image.BufferedImage(300, 300, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = seal.createGraphics();
        g.setColor(new java.awt.Color(210, 30, 30, 180));
        g.setStroke(new java.awt.BasicStroke(12));
        g.drawOval(10, 10, 280, 280);
        g.fillPolygon(
                new int[] {150, 165, 210, 172, 186, 150, 114, 128, 90, 135},
                new int[] {90, 130, 130, 155, 200, 172, 200, 155, 130, 130},
                10);
        g.setColor(new java.awt.Color(20, 20, 60, 220));
        g.setStroke(new java.awt.BasicStroke(6));
        g.drawPolyline(new int[] {40, 90, 120, 170, 200, 260}, new int[] {240, 200, 250, 190, 240, 205}, 6);
        g.dispose();
        var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, seal);
        content.drawImage(image, x - 20, y - 50, 113, 113);
    }

    private static void write(PDPageContentStream content, PDFont font, String line, float x, float y)
            throws IOException {
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
