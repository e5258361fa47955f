package io.fazhi.report.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The text layer of a PDF through PDFBox, read page by page in reading order (a page set in two
 * columns is read column by column, {@link PdfPageText}) and cleared of what the 公文 layout adds
 * around the body ({@link OfficialLayout}: page numbers, running headers, the 抄送/印发 block). A
 * scan without a text layer is refused, not silently empty.
 */
final class PdfText {

    private PdfText() {}

    static String extract(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableReportException("the PDF is encrypted: submit an unprotected copy");
            }
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(PdfPageText.of(document, page));
            }
            return OfficialLayout.body(pages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException("the PDF is encrypted: submit an unprotected copy");
        } catch (IOException e) {
            throw new UnreadableReportException("the PDF cannot be read: " + e.getMessage());
        }
    }
}
