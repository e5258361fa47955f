package io.fazhi.importer.send;

import io.fazhi.importer.files.ContentHash;
import io.fazhi.importer.files.ReportFile;
import java.time.Instant;

/**
 * One file as it is sent: the form fields beside it and the Idempotency-Key that makes sending it
 * again harmless.
 *
 * @param townshipCode the township it is for, or null (the service reads it from the text)
 * @param year the year it covers, or null (read from the text)
 * @param submittedAt the original date of submission (an importer's backfill), or null (now)
 * @param contentHash SHA-256 of the file's bytes
 */
public record Submission(ReportFile file, String townshipCode, Integer year, Instant submittedAt, String contentHash) {

    /**
     * The key is derived, never random: the same bytes sent to the same deployment with the same
     * fields have the same key, so a second run, a resumed run or the same file under another name
     * is answered with the version already stored (the service keeps keys per caller).
     */
    public String idempotencyKey(String gateway) {
        return "import-"
                + ContentHash.of(String.join(
                        "\n",
                        contentHash,
                        gateway,
                        String.valueOf(townshipCode),
                        String.valueOf(year),
                        String.valueOf(submittedAt)));
    }
}
