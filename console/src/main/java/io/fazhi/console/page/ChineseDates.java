package io.fazhi.console.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the pages write them: 2025年3月31日, on China's calendar whatever the server's zone. */
public final class ChineseDates {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ChineseDates() {}

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The day and time, to the minute: when a notification came, when a version was received. */
    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(CHINA));
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
