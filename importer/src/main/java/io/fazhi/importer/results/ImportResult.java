package io.fazhi.importer.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of the results: a file and what the suite made of it.
 *
 * @param file the file as the person named it
 * @param township the township's name, or null (unlocated or refused)
 * @param code the township's code, or null
 * @param score the assessment's score (0–100), or null when not assessed (yet, or unlocated)
 * @param missing the required contents the report lacks (DOMAIN.md's five)
 * @param warnings what the service noticed while reading (damaged text, OCR, a guessed year)
 * @param needsTownship the text fits several townships: an office must say which before it is assessed
 * @param candidates the townships it may be from, when it needs its township confirmed
 * @param submittedAt the date counted for timeliness, as the service stored it
 * @param problem why it was refused: the RFC 9457 problem's status, title and detail
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResult(
        String file,
        Outcome outcome,
        String township,
        String code,
        Integer year,
        Double score,
        List<String> missing,
        List<String> warnings,
        String reportId,
        Integer version,
        boolean needsTownship,
        List<String> candidates,
        String submittedAt,
        Problem problem) {

    /**
     * A refusal, as the service said it, or as the importer did for a file it could not send
     * (status 0: no answer of the service's).
     */
    public record Problem(int status, String title, String detail) {

        /** What refusals are counted by: {@code 422 Unprocessable report}, or {@code Not sent}. */
        public String reason() {
            return status > 0 ? status + " " + title : title;
        }
    }

    /** A file the importer could not send (unreadable, a bad sidecar): no answer of the service's. */
    public static ImportResult notSent(String file, String why) {
        return refused(file, new Problem(0, "Not sent", why));
    }

    public static ImportResult refused(String file, Problem problem) {
        return new ImportResult(
                file,
                Outcome.REFUSED,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                false,
                List.of(),
                null,
                problem);
    }

    /** The same result with its assessment's score. */
    public ImportResult scored(double value) {
        return new ImportResult(
                file,
                outcome,
                township,
                code,
                year,
                value,
                missing,
                warnings,
                reportId,
                version,
                needsTownship,
                candidates,
                submittedAt,
                problem);
    }

    /** A stored report that flows on to its assessment now (an unlocated one waits for its township). */
    public boolean awaitsAssessment() {
        return reportId != null && !needsTownship;
    }
}
