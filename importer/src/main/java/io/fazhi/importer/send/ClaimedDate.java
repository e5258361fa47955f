package io.fazhi.importer.send;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * An original date of submission as a person writes it: {@code 2025-01-10T08:00:00+08:00}, or a
 * day, {@code 2025-01-10}, which is its start in China's time (reports are dated by China's calendar).
 */
public final class ClaimedDate {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ClaimedDate() {}

    /** @throws IllegalArgumentException saying the two forms, when {@code text} is neither */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(CHINA).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a date: write 2025-01-10 or 2025-01-10T08:00:00+08:00");
        }
    }
}
