package io.fazhi.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDFs with a text layer, as an office suite prints a report: A4, each paragraph wrapped at the type
 * area's width, the Chinese font embedded (a subset), so that any reader shows it.
 */
public final class TextPdfs {

    /** Debian's fonts-wqy-microhei, which CI installs. */
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private static final float SIZE = 12;
    private static final float LEADING = 20;
    private static final float LEFT = 72;
    private static final float TOP = 770;
    private static final int CHARS = 38;
    private static final int LINES = 34;

    private TextPdfs() {}

    /** Whether this machine has the font the PDFs embed. */
    public static boolean available() {
        return Files.isRegularFile(FONT);
    }

    public static byte[] of(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            for (int i = 0; i < Math.max(1, paragraph.length()); i += CHARS) {
                lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + CHARS)));
            }
        }
        try (PDDocument document = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(FONT.toFile());
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            for (int from = 0; from < lines.size(); from += LINES) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(LEFT, TOP);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + LINES))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
