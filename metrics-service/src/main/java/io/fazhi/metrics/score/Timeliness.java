package io.fazhi.metrics.score;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Whether a report reached the county by its due date, and by how many days it missed it. */
public record Timeliness(LocalDate dueDate, Instant submittedAt, boolean late, int daysLate) {

    /** Due dates are calendar days in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static Timeliness of(LocalDate dueDate, Instant submittedAt) {
        LocalDate submitted = submittedAt.atZone(CHINA).toLocalDate();
        long days = ChronoUnit.DAYS.between(dueDate, submitted);
        return new Timeliness(dueDate, submittedAt, days > 0, (int) Math.max(0, days));
    }
}
