package io.fazhi.platform.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.fazhi.events.EventJson;
import io.fazhi.events.EventType;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.local.KafkaTestClient;
import static io.fazhi.local.KafkaTestClient.header;
import io.fazhi.local.TestDatabase;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentConsumerTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrap);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String township = "1404041" + (10 + (int) (Math.random() * 89));
        ProducerRecord<String, byte[]> event = withdrawal("ev-" + UUID.randomUUID(), "r-dup", township, "mistake");
        kafka.send(event);
        kafka.send(event); // the same ce_id again, as a producer retry or a replay would
        String marker = "ev-" + UUID.randomUUID();
        kafka.send(withdrawal(marker, "r-marker", township, "after")); // same key: consumed after both

        await().atMost(LIMIT).until(() -> effects(marker) == 1);
        assertThat(effects(producerHeader(event, "ce_id"))).isEqualTo(1);
        assertThat(TestDatabase.count(dataSource, "SELECT count(*) FROM processed_event WHERE consumer = 'probe' AND event_id = ?",
                producerHeader(event, "ce_id"))).isEqualTo(1);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextEventIsStillConsumed() {
        String township = "1404042" + (10 + (int) (Math.random() * 89));
        String poison = "ev-" + UUID.randomUUID();
        String next = "ev-" + UUID.randomUUID();
        kafka.send(withdrawal(poison, "r-poison", township, "poison"));
        kafka.send(withdrawal(next, "r-next", township, "fine"));

        await().atMost(LIMIT).until(() -> effects(next) == 1);
        assertThat(effects(poison)).as("the failed effect was rolled back").isZero();
        assertThat(TestDatabase.count(dataSource, "SELECT count(*) FROM processed_event WHERE event_id = ?", poison))
                .as("a failed event is not recorded as processed").isZero();

        List<ConsumerRecord<String, byte[]>> dead = kafka.readUntil("probe.v1.dlq",
                read -> read.stream().anyMatch(r -> poison.equals(header(r, "ce_id"))), LIMIT);
        ConsumerRecord<String, byte[]> deadLetter = dead.stream().filter(r -> poison.equals(header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(deadLetter.key()).isEqualTo(township);
        assertThat(header(deadLetter, "dead-letter-reason")).contains("poison");
        assertThat(EventJson.read(deadLetter.value(), ReportWithdrawn.class).reportId()).isEqualTo("r-poison");
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopic() {
        String key = "garbage-" + UUID.randomUUID();
        kafka.send(new ProducerRecord<>("probe.v1", key, "not json at all".getBytes(StandardCharsets.UTF_8)));
        List<ConsumerRecord<String, byte[]>> dead = kafka.readUntil("probe.v1.dlq",
                read -> read.stream().anyMatch(r -> key.equals(r.key())), LIMIT);
        ConsumerRecord<String, byte[]> deadLetter = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(deadLetter, "dead-letter-reason")).contains("not a CloudEvent");
    }

    private long effects(String eventId) {
        return TestDatabase.count(dataSource, "SELECT count(*) FROM probe_effect WHERE event_id = ?", eventId);
    }

    private static ProducerRecord<String, byte[]> withdrawal(String id, String reportId, String township, String reason) {
        ReportWithdrawn payload = new ReportWithdrawn(reportId, 1, 2024, township, township.substring(0, 6),
                Instant.parse("2025-02-01T00:00:00Z"), reason);
        CloudEvent event = KafkaCloudEvents.event(id, "/test", Instant.now(), EventType.REPORT_WITHDRAWN,
                reportId, EventJson.write(payload));
        return KafkaCloudEvents.record("probe.v1", payload.key(), event);
    }

    private static String producerHeader(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
