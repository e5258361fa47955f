package io.fazhi.report.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.fazhi.report.store.Report;
import io.fazhi.report.store.ReportVersion;
import io.fazhi.report.store.StoredVersion;
import io.fazhi.report.store.VersionParse;
import java.time.Instant;
import java.util.UUID;

/**
 * A report version as returned by the API: identity and status around its parse (the stored
 * {@link VersionParse}, unwrapped: the API shows the parse as it is kept).
 *
 * @param submittedAt the date counted for timeliness: {@code receivedAt}, or the original date of
 *     submission an importer gave for an earlier year's report
 * @param receivedAt when the suite received this version, by its own clock
 * @param ocrConfidence the OCR engine's mean confidence (0–100) when the text was read from a scan;
 *     null when the submission had its text
 * @param needsTownship the text did not decide the township: the offices covering any of
 *     {@code placeCandidates} see it until one confirms it (PUT …/township)
 */
public record ReportView(
        UUID id,
        int version,
        int currentVersion,
        String status,
        boolean needsTownship,
        Instant submittedAt,
        Instant receivedAt,
        String mediaType,
        String fileName,
        String charset,
        Double ocrConfidence,
        @JsonUnwrapped VersionParse parse) {

    public static ReportView of(StoredVersion stored) {
        return of(stored.report(), stored.version(), stored.parse());
    }

    private static ReportView of(Report report, ReportVersion version, VersionParse parse) {
        return new ReportView(
                report.id,
                version.version,
                report.currentVersion,
                report.status,
                report.townshipCode == null,
                version.submittedAt,
                version.receivedAt,
                version.mediaType,
                version.fileName,
                version.charset,
                version.ocrConfidence,
                parse);
    }
}
