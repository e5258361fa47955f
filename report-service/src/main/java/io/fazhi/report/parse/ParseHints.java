package io.fazhi.report.parse;

import java.time.LocalDate;

/**
 * What the submitter tells the parser. Given values win over what the text says; a disagreement
 * becomes a warning.
 *
 * @param townshipCode the township from the caller's token or the request, or null
 * @param year the covered year from the request, or null
 * @param scope the caller's code prefix; places outside it are never candidates ("" for admin)
 * @param receivedOn the day the suite received the report: dates a report whose text names no
 *     year; null when unknown
 */
public record ParseHints(String townshipCode, Integer year, String scope, LocalDate receivedOn) {

    public static ParseHints none() {
        return new ParseHints(null, null, "", null);
    }
}
