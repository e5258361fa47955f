package io.fazhi.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fazhi.platform.problem.ProblemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Scans that are not readable reports: refused within the bounds, in words, or 415 where OCR is off. */
class ScanReaderTest {

    @Test
    void aPhotoOf400MillionPixelsIsRefusedFromItsHeaderBeforeAPixelIsDecoded() {
        assumeTrue(ReportIntake.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        assertThatThrownBy(() -> ReportIntake.read(pngHeader(20_000, 20_000), null))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("20000 × 20000 pixels").hasMessageContaining("at most 60 million");
    }

    @Test
    void aScanOf500PagesIsRefusedWithItsPageCountBeforeAnyPageIsRead() throws Exception {
        assumeTrue(ReportIntake.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        try (org.apache.pdfbox.pdmodel.PDDocument scan = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = 0; page < 500; page++) {
                scan.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            scan.save(out);
            assertThatThrownBy(() -> ReportIntake.read(out.toByteArray(), null)).isInstanceOf(UnreadableReportException.class)
                    .hasMessageContaining("a scan of 500 pages").hasMessageContaining("at most 30");
        }
    }

    @Test
    void aCorruptImageIsUnreadableNotAnError() {
        assumeTrue(ReportIntake.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        byte[] corrupt = ByteBuffer.allocate(64).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .put("not an image at all".getBytes(StandardCharsets.US_ASCII)).array();
        assertThatThrownBy(() -> ReportIntake.read(corrupt, null)).isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("the image cannot be read");
    }

    @Test
    void aPictureWithNoWritingIsNoReport() throws Exception {
        assumeTrue(ReportIntake.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        BufferedImage blank = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);
        assertThatThrownBy(() -> ReportIntake.read(png.toByteArray(), null)).isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("no text");
    }

    @Test
    void withoutOcrAnImageIsA415() {
        assumeTrue(!ReportIntake.readsScans(), "OCR is on here");
        assertThatThrownBy(() -> ReportIntake.read(pngHeader(100, 100), null)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("OCR is not enabled");
        assertThat(ReportIntake.readsScans()).isFalse();
    }

    /** A PNG whose header claims a size, with no image data after it. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082).array();
    }
}
