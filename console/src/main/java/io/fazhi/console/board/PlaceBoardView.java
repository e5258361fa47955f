package io.fazhi.console.board;

import io.fazhi.console.api.Rollup;
import java.util.List;

/**
 * A city's, province's or the nation's season: each child place with how many townships were
 * expected, submitted and late, and the mean score; a county links to its board.
 */
public record PlaceBoardView(
        String code, String name, int year, int expected, int submitted, int late, Double meanScore, List<Row> rows) {

    /** A child place; {@code href} is its own board. */
    public record Row(
            String code,
            String name,
            int expected,
            int submitted,
            int late,
            Double meanScore,
            String href,
            long percent) {

        /** The share submitted, in words: 85%, or — where no township was expected. */
        public String rate() {
            return expected == 0 ? "—" : percent + "%";
        }
    }

    public static PlaceBoardView of(Rollup rollup) {
        List<Row> rows = rollup.children() == null
                ? List.of()
                : rollup.children().stream()
                        .map(c -> new Row(
                                c.code(),
                                c.name(),
                                c.expected(),
                                c.submitted(),
                                c.late(),
                                c.meanScore(),
                                c.code().length() == 6
                                        ? "/counties/" + c.code() + "?year=" + rollup.year()
                                        : "/places/" + c.code() + "?year=" + rollup.year(),
                                c.expected() == 0 ? 0 : Math.round(100.0 * c.submitted() / c.expected())))
                        .toList();
        return new PlaceBoardView(
                rollup.place(),
                rollup.name(),
                rollup.year(),
                rollup.expected(),
                rollup.submitted(),
                rollup.late(),
                rollup.meanScore(),
                rows);
    }
}
