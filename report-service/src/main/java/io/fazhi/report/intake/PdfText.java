package io.fazhi.report.intake;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF through PDFBox; a scan without one is refused, not silently empty. */
final class PdfText {

    private PdfText() {
    }

    static String extract(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableReportException("the PDF is encrypted: submit an unprotected copy");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException("the PDF is encrypted: submit an unprotected copy");
        } catch (IOException e) {
            throw new UnreadableReportException("the PDF cannot be read: " + e.getMessage());
        }
    }
}
