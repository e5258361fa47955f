package io.fazhi.report.ingest;

import io.fazhi.report.extract.ExtractedText;
import java.time.Instant;

/**
 * A report as submitted, whatever its form.
 *
 * @param original the exact bytes received (the file, the text body, or the JSON text as UTF-8)
 * @param townshipCode the township the submitter names, or null
 * @param year the covered year the submitter names, or null
 * @param submittedAt when the report originally reached the county, as an importer claims it (a
 *                    system bringing in earlier years' reports); null means now, the time of receipt
 * @param idempotencyKey the client's retry key, or null
 */
public record Submission(
        byte[] original,
        String mediaType,
        String fileName,
        ExtractedText intake,
        String townshipCode,
        Integer year,
        Instant submittedAt,
        String idempotencyKey) {}
