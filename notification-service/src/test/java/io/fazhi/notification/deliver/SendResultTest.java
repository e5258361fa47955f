package io.fazhi.notification.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SendResultTest {

    @ParameterizedTest
    @CsvSource({"200,DELIVERED", "204,DELIVERED", "500,RETRYABLE", "503,RETRYABLE", "408,RETRYABLE", "429,RETRYABLE",
            "400,PERMANENT", "401,PERMANENT", "404,PERMANENT", "410,PERMANENT", "413,PERMANENT", "301,PERMANENT"})
    void statusesMapToOutcomes(int status, SendResult.Outcome outcome) {
        assertThat(SendResult.ofHttpStatus(status, null).outcome()).isEqualTo(outcome);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        assertThat(WebhookSender.retryAfter("120")).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookSender.retryAfter(" 0 ")).isEqualTo(Duration.ZERO);
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(61));
        assertThat(WebhookSender.retryAfter(inAMinute)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
        assertThat(WebhookSender.retryAfter("soon")).isNull();
        assertThat(WebhookSender.retryAfter(null)).isNull();
        assertThat(WebhookSender.retryAfter("-5")).isEqualTo(Duration.ZERO);
    }
}
