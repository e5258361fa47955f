package io.fazhi.report.api;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.report.store.ScanSubmission;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A scan sent for OCR, as its sender follows it: {@code reading} until its text is read, then
 * {@code stored} (the report and version it became) or {@code refused} (the problem it would have had).
 *
 * @param statusUrl this document's own address, polled while reading
 * @param reportUrl the report, once stored
 * @param problem why it was refused, once refused
 */
public record ScanView(
        UUID id,
        String state,
        String fileName,
        Instant receivedAt,
        Instant finishedAt,
        int attempts,
        String statusUrl,
        UUID reportId,
        Integer version,
        String reportUrl,
        Refusal problem) {

    /** A refusal in the terms of an RFC 9457 problem. */
    public record Refusal(String type, String title, int status, String detail) {}

    public static String path(UUID id) {
        return "/api/v1/reports/scans/" + id;
    }

    public static ScanView of(ScanSubmission scan) {
        Refusal refusal = null;
        if (scan.problemType != null) {
            ProblemType type = ProblemType.valueOf(scan.problemType);
            refusal = new Refusal(type.uri().toString(), type.title(), type.status(), scan.problemDetail);
        }
        return new ScanView(
                scan.id,
                scan.state.toLowerCase(Locale.ROOT),
                scan.fileName,
                scan.receivedAt,
                scan.finishedAt,
                scan.attempts,
                path(scan.id),
                scan.reportId,
                scan.version,
                scan.reportId == null ? null : "/api/v1/reports/" + scan.reportId,
                refusal);
    }
}
