package io.fazhi.report.api;

import io.fazhi.platform.problem.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The original date of submission an importer may claim, as JSON and multipart submissions carry it. */
final class SubmittedAt {

    private SubmittedAt() {}

    /**
     * The claimed instant, or null when none is given; a 400 problem when it is not ISO-8601 with an
     * offset (blank or padded too, as the JSON field always was).
     */
    static Instant parse(String submittedAt) {
        if (submittedAt == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(submittedAt).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    "submittedAt", "must be a date and time with its offset, such as 2025-01-10T08:00:00Z");
        }
    }
}
