package io.fazhi.report.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fazhi.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Scans that are not readable reports: refused within the bounds, in words, or 415 where OCR is off. */
class ScanReaderTest {

    @Test
    void aPhotoOf400MillionPixelsIsRefusedFromItsHeaderBeforeAPixelIsDecoded() {
        assumeTrue(TextExtractor.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        assertThatThrownBy(() -> TextExtractor.read(TestDocuments.pngHeader(20_000, 20_000), null))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("20000 × 20000 pixels")
                .hasMessageContaining("at most 60 million");
    }

    @Test
    void aScanOf500PagesIsRefusedWithItsPageCountBeforeAnyPageIsRead() {
        assumeTrue(TextExtractor.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        assertThatThrownBy(() -> TextExtractor.read(TestDocuments.blankPages(500), null))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("a scan of 500 pages")
                .hasMessageContaining("at most 30");
    }

    @Test
    void aCorruptImageIsUnreadableNotAnError() {
        assumeTrue(TextExtractor.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        assertThatThrownBy(() -> TextExtractor.read(TestDocuments.corruptPng(), null))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("the image cannot be read");
    }

    @Test
    void aPictureWithNoWritingIsNoReport() {
        assumeTrue(TextExtractor.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        assertThatThrownBy(() -> TextExtractor.read(TestDocuments.blankPhoto(), null))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("no text");
    }

    @Test
    void withoutOcrAnImageIsA415() {
        assumeTrue(!TextExtractor.readsScans(), "OCR is on here");
        assertThatThrownBy(() -> TextExtractor.read(TestDocuments.pngHeader(100, 100), null))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("OCR is not enabled");
        assertThat(TextExtractor.readsScans()).isFalse();
    }
}
