package io.fazhi.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A report as a scan of its stamped paper copy: each A4 page an image at 200 dpi (no text layer),
 * turned by half a degree, with specks of noise, and a red seal over the date on the last page.
 * For OCR's tests (report-service) and its benchmark; drawing Chinese needs a font that has it
 * ({@link #chineseFont()}; Debian's fonts-wqy-microhei).
 */
public final class ScannedPdfs {

    private static final int DPI = 200;
    private static final int WIDTH = (int) (8.27 * DPI);
    private static final int HEIGHT = (int) (11.69 * DPI);
    private static final int SIZE = 36;
    private static final int CHARS = 36;
    private static final int LINES = 36;

    private ScannedPdfs() {}

    /** A font this machine has that draws Chinese (Debian's fonts-wqy-microhei, say), if any. */
    public static Optional<String> chineseFont() {
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .filter(name -> new Font(name, Font.PLAIN, SIZE).canDisplayUpTo("法治政府建设年度报告") < 0)
                .findFirst();
    }

    public static byte[] of(String text, String date) {
        String font = chineseFont().orElseThrow();
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            for (int i = 0; i < Math.max(1, paragraph.length()); i += CHARS) {
                lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + CHARS)));
            }
        }
        Random noise = new Random(26);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int from = 0; from < lines.size(); from += LINES) {
                List<String> page = lines.subList(from, Math.min(lines.size(), from + LINES));
                BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
                var g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, WIDTH, HEIGHT);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.rotate(Math.toRadians(0.5), WIDTH / 2.0, HEIGHT / 2.0);
                g.setColor(Color.BLACK);
                g.setFont(new Font(font, Font.PLAIN, SIZE));
                int y = 200;
                for (String line : page) {
                    g.drawString(line, 190, y);
                    if (line.contains(date)) {
                        // The seal: a red ring with a star, over the date.
                        g.setColor(new Color(210, 30, 30, 170));
                        g.setStroke(new BasicStroke(8));
                        int x = 190 + line.indexOf(date) * SIZE;
                        g.drawOval(x - 40, y - 200, 320, 320);
                        g.fillOval(x + 100, y - 60, 40, 40);
                        g.setColor(Color.BLACK);
                    }
                    y += (int) (SIZE * 1.55);
                }
                g.dispose();
                for (int i = 0; i < WIDTH * HEIGHT / 2000; i++) {
                    image.setRGB(noise.nextInt(WIDTH), noise.nextInt(HEIGHT), 0x404040);
                }
                PDPage sheet = new PDPage(PDRectangle.A4);
                document.addPage(sheet);
                PDImageXObject scan = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                    content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
