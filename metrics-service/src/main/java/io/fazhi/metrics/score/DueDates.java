package io.fazhi.metrics.score;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * When a township's report for a year is due: the most specific configured place wins (county,
 * then city, then province), else the national default of 31 March of the following year.
 * {@code fazhi.due-dates.default=--03-31}, {@code fazhi.due-dates.places."14"=--03-01}.
 */
@ConfigMapping(prefix = "fazhi.due-dates")
public interface DueDates {

    @WithDefault("--03-31")
    MonthDay defaultDay();

    /** Place code (2, 4 or 6 digits) → the day in the following year. */
    Map<String, MonthDay> places();

    default LocalDate dueFor(String townshipCode, int year) {
        MonthDay day = defaultDay();
        if (townshipCode != null) {
            for (int length : new int[] {2, 4, 6}) {
                MonthDay local = places().get(townshipCode.substring(0, length));
                if (local != null) {
                    day = local;
                }
            }
        }
        return day.atYear(year + 1);
    }
}
