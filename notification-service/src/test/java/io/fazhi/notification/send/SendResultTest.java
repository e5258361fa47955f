package io.fazhi.notification.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendResultTest {

    @ParameterizedTest
    @CsvSource({
        "200,DELIVERED",
        "204,DELIVERED",
        "500,RETRYABLE",
        "503,RETRYABLE",
        "408,RETRYABLE",
        "429,RETRYABLE",
        "400,PERMANENT",
        "401,PERMANENT",
        "404,PERMANENT",
        "410,PERMANENT",
        "413,PERMANENT",
        "301,PERMANENT"
    })
    void statusesMapToOutcomes(int status, SendResult.Outcome outcome) {
        assertThat(SendResult.ofHttpStatus(status, null).outcome()).isEqualTo(outcome);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        java.time.Instant now = java.time.Instant.parse("2026-12-02T08:00:00Z");
        assertThat(WebhookSender.retryAfter("120", now)).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookSender.retryAfter(" 0 ", now)).isEqualTo(Duration.ZERO);
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                now.atZone(ZoneOffset.UTC).plusSeconds(61));
        assertThat(WebhookSender.retryAfter(inAMinute, now)).isEqualTo(Duration.ofSeconds(61));
        String aMinuteAgo = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                now.atZone(ZoneOffset.UTC).minusSeconds(60));
        assertThat(WebhookSender.retryAfter(aMinuteAgo, now)).isEqualTo(Duration.ZERO);
        assertThat(WebhookSender.retryAfter("soon", now)).isNull();
        assertThat(WebhookSender.retryAfter(null, now)).isNull();
        assertThat(WebhookSender.retryAfter("-5", now)).isEqualTo(Duration.ZERO);
    }
}
