package io.fazhi.notification.consume;

import static io.fazhi.local.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.KafkaCloudEvents;
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
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The consumer takes a poll at a time; what cannot be read goes to the DLQ and the rest is still notified. */
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
                    KafkaCloudEvents.record(TestEvents.missingSection(COUNTY + "101", "r-" + UUID.randomUUID()), first, "/metrics-service", Instant.now()),
                    new ProducerRecord<>(Topics.ALERTS, COUNTY, garbage.getBytes(StandardCharsets.UTF_8)),
                    KafkaCloudEvents.record(TestEvents.missingSection(COUNTY + "101", "r-" + UUID.randomUUID()), second, "/metrics-service", Instant.now())));

            await().atMost(LIMIT).until(() -> inboxItems(second) == 1);
            assertThat(inboxItems(first)).isEqualTo(1);
            List<ConsumerRecord<String, byte[]>> dead = kafka.readUntil(Topics.deadLetter(Topics.ALERTS),
                    read -> read.stream().anyMatch(r -> garbage.equals(new String(r.value(), StandardCharsets.UTF_8))), LIMIT);
            ConsumerRecord<String, byte[]> deadLetter = dead.stream()
                    .filter(r -> garbage.equals(new String(r.value(), StandardCharsets.UTF_8))).findFirst().orElseThrow();
            assertThat(header(deadLetter, "dead-letter-reason")).contains("not a CloudEvent");
            assertThat(dead).noneMatch(r -> first.equals(header(r, "ce_id")) || second.equals(header(r, "ce_id")));
        }
    }

    private long inboxItems(String eventId) {
        return TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE event_id = ?", eventId);
    }
}
