package io.fazhi.report.parse;

/**
 * What the submitter tells the parser. Given values win over what the text says; a disagreement
 * becomes a warning.
 *
 * @param townshipCode the township from the caller's token or the request, or null
 * @param year the covered year from the request, or null
 * @param scope the caller's code prefix; places outside it are never candidates ("" for admin)
 */
public record ParseHints(String townshipCode, Integer year, String scope) {

    public static ParseHints none() {
        return new ParseHints(null, null, "");
    }
}
