package io.fazhi.metrics.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The daily deadline watch ({@code fazhi.deadlines.*}); the due dates themselves: {@link DueDateConfig}. */
@ConfigMapping(prefix = "fazhi.deadlines")
public interface DeadlineConfig {

    /** When the watch runs (Quartz cron, China time; {@code off} disables it), read by its schedule. */
    @WithDefault("0 0 8 * * ?")
    String cron();

    /** How many days before the due date the approaching alert goes out. */
    @WithDefault("7")
    int warnDays();
}
