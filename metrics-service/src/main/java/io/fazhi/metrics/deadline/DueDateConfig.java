package io.fazhi.metrics.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.MonthDay;
import java.util.Map;

/**
 * Due dates from configuration: {@code fazhi.due-dates.default-day=--03-31} (the national default,
 * in the year after the reporting year) and {@code fazhi.due-dates.places."14"=--03-01}.
 * Administrators override them per place through the API ({@link DueDates}).
 */
@ConfigMapping(prefix = "fazhi.due-dates")
public interface DueDateConfig {

    @WithDefault("--03-31")
    MonthDay defaultDay();

    /** Place code (2, 4 or 6 digits) → the day in the following year. */
    Map<String, MonthDay> places();
}
