package io.fazhi.report.extract;

import java.util.List;

/**
 * A submission read as text.
 *
 * @param originalText the text as submitted (kept unchanged)
 * @param analysisText the same in Simplified characters, which the parser reads
 * @param charset the charset a text submission was decoded with; null for .docx and .pdf
 * @param ocrConfidence the OCR engine's mean confidence (0–100) in the words it read, when the text
 *     came from a scan; null when the submission had its text
 */
public record ExtractedText(
        String originalText,
        String analysisText,
        DocumentFormat format,
        String charset,
        List<String> warnings,
        Double ocrConfidence) {

    /** The media type the original bytes are stored and served with: text carries the charset it was read in. */
    public String mediaType() {
        return format == DocumentFormat.TEXT ? "text/plain; charset=" + charset : format.mediaType();
    }
}
