package io.fazhi.importer.results;

import java.util.Locale;

/** One result as a line a person reads in a terminal. */
public final class ResultLine {

    private ResultLine() {}

    /** {@code accepted   南宋镇 140404107 2024  score 78.5  missing —  0 warnings  <id> v1  path} */
    public static String of(ImportResult r) {
        if (r.outcome() == Outcome.REFUSED) {
            return String.format(Locale.ROOT, "%-9s  %s  %s", r.outcome().wire(), problem(r.problem()), r.file());
        }
        String place = r.needsTownship()
                ? "township to confirm (" + String.join(" or ", r.candidates()) + ")"
                : r.township() + " " + r.code();
        return String.format(
                Locale.ROOT,
                "%-9s  %s %d  score %s  missing %s  %d warning%s  %s v%d  %s",
                r.outcome().wire(),
                place,
                r.year(),
                r.score() == null ? "–" : String.format(Locale.ROOT, "%.1f", r.score()),
                r.missing().isEmpty() ? "—" : String.join(",", r.missing()),
                r.warnings().size(),
                r.warnings().size() == 1 ? "" : "s",
                r.reportId(),
                r.version(),
                r.file());
    }

    /** {@code 422 Unprocessable report: the report names the years …} */
    public static String problem(ImportResult.Problem p) {
        return p.reason() + (p.detail() == null ? "" : ": " + p.detail());
    }
}
