package io.fazhi.report.intake;

import java.io.ByteArrayInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a Word .docx file, paragraphs and tables, through Apache POI. POI's zip guard
 * refuses entries that inflate suspiciously (a zip bomb) or grow past a size no report has.
 */
final class DocxText {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private DocxText() {
    }

    static String extract(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (Exception | OutOfMemoryError e) {
            throw new UnreadableReportException("the .docx file cannot be read (corrupt, or a compressed bomb): "
                    + e.getClass().getSimpleName());
        }
    }
}
