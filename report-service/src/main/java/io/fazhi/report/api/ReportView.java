package io.fazhi.report.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
}
