package io.fazhi.report.extract;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What a file really is, told by its first bytes rather than by its name. */
public enum DocumentFormat {
    TEXT("text/plain"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf"),
    /** A photo or scan of a page, read by OCR where it is enabled. */
    PNG("image/png"),
    JPEG("image/jpeg");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a file of this format may be a scan (image-only PDF, photo), to which the larger limit applies. */
    public boolean mayBeScan() {
        return this == PDF || this == PNG || this == JPEG;
    }

    public static DocumentFormat sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes())) {
            return PDF;
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            if (hasWordDocument(bytes)) {
                return DOCX;
            }
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "a ZIP archive that is not a Word .docx document");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "a legacy Word .doc file: save it as .docx or PDF and submit that");
        }
        return TEXT;
    }

    /** Reads only the entry names of the archive: a zip bomb is not inflated here. */
    private static boolean hasWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableReportException("the .docx file is corrupt: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
