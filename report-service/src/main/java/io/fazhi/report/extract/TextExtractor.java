package io.fazhi.report.extract;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From submitted bytes to the text the parser reads: tells the format by content, extracts or
 * decodes the text, refuses what is not a report text, and converts Traditional characters to
 * Simplified for analysis while keeping the original text.
 */
public final class TextExtractor {

    /** Fewer Han characters than this is no report, whatever its format. */
    private static final int MIN_HAN = 20;

    /**
     * A rule-of-law report names its subject: every published one does in its first paragraph
     * (法治政府建设, older ones 法制; 依法行政 throughout). The words are written alike in Traditional
     * characters.
     */
    private static final List<String> SUBJECT = List.of("法治", "法制", "依法");
    /** Control characters beyond this share mean binary data, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextExtractor() {}

    /**
     * The text of a submission, OCR included: {@link #readWithoutOcr} and, for a scan, {@link #readScan}.
     *
     * @param declaredCharset the charset the client named for a text body, or null
     */
    public static ExtractedText read(byte[] bytes, Charset declaredCharset) {
        return readWithoutOcr(bytes, declaredCharset).orElseGet(() -> readScan(bytes));
    }

    /**
     * The text of a submission that has one; empty for a scan OCR is to read (an image-only PDF, a
     * photo of a page), which takes seconds a page and is read apart ({@link #readScan}). Without OCR
     * here, a scan is refused as before.
     */
    public static Optional<ExtractedText> readWithoutOcr(byte[] bytes, Charset declaredCharset) {
        if (bytes.length == 0) {
            throw new UnreadableReportException("the submission is empty");
        }
        DocumentFormat format = DocumentFormat.sniff(bytes);
        List<String> warnings = new ArrayList<>();
        String text;
        String charset = null;
        switch (format) {
            case DOCX -> text = UntrustedDocuments.read(".docx file", () -> DocxText.extract(bytes));
            case PDF -> {
                text = UntrustedDocuments.read("PDF", () -> PdfText.extract(bytes));
                if (countHan(text) < MIN_HAN) {
                    if (!ScanReader.available()) {
                        throw new UnreadableReportException("the PDF has no text layer (a scanned image?): "
                                + "submit the original document or a PDF with text");
                    }
                    return Optional.empty();
                }
            }
            case PNG, JPEG -> {
                if (!ScanReader.available()) {
                    throw new ProblemException(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            "an image of a page: OCR is not enabled on this server; submit the document or a PDF with text");
                }
                return Optional.empty();
            }
            default -> {
                TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declaredCharset);
                text = decoded.text();
                charset = decoded.charset().name();
                warnings.addAll(decoded.warnings());
            }
        }
        return Optional.of(fromText(text, format, charset, warnings));
    }

    /** A scan's text by OCR, on OCR's own worker and within its bounds; blocks until read or refused. */
    public static ExtractedText readScan(byte[] bytes) {
        DocumentFormat format = DocumentFormat.sniff(bytes);
        ScanReader.Scanned scanned = format == DocumentFormat.PDF ? ScanReader.pdf(bytes) : ScanReader.image(bytes);
        if (format == DocumentFormat.PDF && countHan(scanned.text()) < MIN_HAN) {
            throw new UnreadableReportException("the PDF has no text layer and OCR read no report text from it"
                    + " (a blank or unreadable scan): submit the original document or a clearer scan");
        }
        ExtractedText read = fromText(scanned.text(), format, null, scanned.warnings());
        return new ExtractedText(
                read.originalText(), read.analysisText(), format, null, read.warnings(), scanned.confidence());
    }

    /** Whether scans (image-only PDFs, photos of pages) are read by OCR here: Tesseract is installed. */
    public static boolean readsScans() {
        return ScanReader.available();
    }

    /** Text that arrived as text (a JSON field): the same checks and conversion. */
    public static ExtractedText fromText(String text, DocumentFormat format, String charset, List<String> warnings) {
        requireReadable(text);
        List<String> all = new ArrayList<>(warnings);
        String analysis = text;
        if (TraditionalChinese.isPresentIn(text)) {
            analysis = TraditionalChinese.toSimplified(text);
            if (!analysis.equals(text)) {
                all.add("Traditional characters converted to Simplified for analysis");
            }
        }
        return new ExtractedText(text, analysis, format, charset, List.copyOf(all), null);
    }

    private static void requireReadable(String text) {
        if (text.isBlank()) {
            throw new UnreadableReportException("the submission has no text");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (text.indexOf('\0') >= 0 || control > text.length() * MAX_CONTROL_SHARE) {
            throw new UnreadableReportException("the submission is binary data, not text");
        }
        if (countHan(text) < MIN_HAN) {
            throw new UnreadableReportException(
                    "the submission has fewer than " + MIN_HAN + " Chinese characters: it is not a report");
        }
        if (SUBJECT.stream().noneMatch(text::contains)) {
            throw new UnreadableReportException("the text never mentions 法治, 法制 or 依法: it is not a report on building"
                    + " rule-of-law government (a notice or another document sent by mistake?)");
        }
    }

    static int countHan(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
                han++;
            }
        }
        return han;
    }
}
