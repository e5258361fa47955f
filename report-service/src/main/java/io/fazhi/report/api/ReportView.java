package io.fazhi.report.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.fazhi.report.store.Report;
import io.fazhi.report.store.ReportVersion;
import java.time.Instant;
import java.util.UUID;

/** A report version as returned by the API: identity and status around its parse. */
public record ReportView(
        UUID id,
        int version,
        int currentVersion,
        String status,
        Instant submittedAt,
        String mediaType,
        String fileName,
        String charset,
        @JsonUnwrapped ParsedView parse) {

    public static ReportView of(Report report, ReportVersion version, ParsedView parse) {
        return new ReportView(report.id, version.version, report.currentVersion, report.status,
                version.submittedAt, version.mediaType, version.fileName, version.charset, parse);
    }
}
