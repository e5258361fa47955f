package io.fazhi.notification.consume;

import static io.fazhi.local.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.Severity;
import io.fazhi.events.Topics;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.fazhi.notification.Subscribe;
import io.fazhi.notification.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The consumer takes a poll at a time: each event reaches the subscribers of its own place, and what
 * cannot be read goes to the DLQ while the rest is still notified.
 */
@QuarkusTest
class EventsConsumerTest {

    private static final Duration LIMIT = Duration.ofMinutes(1);
    private static final String COUNTY = "140426"; // 黎城县: this class's own county

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Test
    void aRecordThatIsNotAnEventIsDeadLetteredAndTheAlertsOfItsPollStillReachTheInbox() {
        Subscribe.active(COUNTY, "inbox", null, List.of("*"));
        String garbage = "garbage-" + UUID.randomUUID();
        String first = "ev-" + UUID.randomUUID();
        String second = "ev-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.sendInOneBatch(List.of(
                    KafkaCloudEvents.record(
                            TestEvents.missingSection(COUNTY + "101", "r-" + UUID.randomUUID()),
                            first,
                            "/metrics-service",
                            Instant.now()),
                    new ProducerRecord<>(Topics.ALERTS, COUNTY, garbage.getBytes(StandardCharsets.UTF_8)),
                    KafkaCloudEvents.record(
                            TestEvents.missingSection(COUNTY + "101", "r-" + UUID.randomUUID()),
                            second,
                            "/metrics-service",
                            Instant.now())));

            await().atMost(LIMIT).until(() -> inboxItems(second) == 1);
            assertThat(inboxItems(first)).isEqualTo(1);
            List<ConsumerRecord<String, byte[]>> dead = kafka.readUntil(
                    Topics.deadLetter(Topics.ALERTS),
                    read -> read.stream().anyMatch(r -> garbage.equals(new String(r.value(), StandardCharsets.UTF_8))),
                    LIMIT);
            ConsumerRecord<String, byte[]> deadLetter = dead.stream()
                    .filter(r -> garbage.equals(new String(r.value(), StandardCharsets.UTF_8)))
                    .findFirst()
                    .orElseThrow();
            assertThat(header(deadLetter, "dead-letter-reason")).contains("not a CloudEvent");
            assertThat(dead).noneMatch(r -> first.equals(header(r, "ce_id")) || second.equals(header(r, "ce_id")));
        }
    }

    @Test
    void aPollOfEventsForSeveralPlacesReachesEachPlacesSubscribersAndNoOthers() {
        // 晋城市 (1405): 沁水县 and 阳城县 keep an inbox each; the city's own wants critical low scores only.
        String qinshui = Subscribe.active("140521", "inbox", null, List.of("*")).get("id");
        String yangcheng =
                Subscribe.active("140522", "inbox", null, List.of("*")).get("id");
        Map<String, Object> cityBody = Subscribe.body("1405", "inbox", null, List.of("low-score"));
        cityBody.put("minSeverity", "critical");
        String city = Subscribe.active(cityBody).get("id");
        String missing = "ev-" + UUID.randomUUID();
        String critical = "ev-" + UUID.randomUUID();
        String warning = "ev-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.sendInOneBatch(List.of(
                    alert(TestEvents.missingSection("140521100", "r-" + UUID.randomUUID()), missing), // 龙港镇, 沁水县
                    alert(TestEvents.lowScore("140522101", Severity.CRITICAL), critical), // 阳城县
                    alert(TestEvents.lowScore("140521101", Severity.WARNING), warning))); // 中村镇, 沁水县
        }

        await().atMost(LIMIT)
                .until(() -> inboxItems(missing) == 1 && inboxItems(critical) == 2 && inboxItems(warning) == 1);
        assertThat(inboxItem(missing, qinshui)).isEqualTo(1);
        assertThat(inboxItem(critical, yangcheng)).isEqualTo(1);
        assertThat(inboxItem(critical, city)).isEqualTo(1);
        assertThat(inboxItem(warning, qinshui)).isEqualTo(1);
    }

    private static ProducerRecord<String, byte[]> alert(ComplianceAlert alert, String id) {
        return KafkaCloudEvents.record(alert, id, "/metrics-service", Instant.now());
    }

    private long inboxItem(String eventId, String subscriptionId) {
        return TestDatabase.count(
                db,
                "SELECT count(*) FROM inbox_item WHERE event_id = ? AND subscription_id = ?::uuid",
                eventId,
                subscriptionId);
    }

    private long inboxItems(String eventId) {
        return TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE event_id = ?", eventId);
    }
}
