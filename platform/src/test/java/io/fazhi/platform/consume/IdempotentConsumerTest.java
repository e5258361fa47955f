package io.fazhi.platform.consume;

import static io.fazhi.local.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.fazhi.events.EventJson;
import io.fazhi.events.EventType;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.local.KafkaTestClient;
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

/**
 * {@link IdempotentConsumer#applyAllOnce} through the probe consumer, each event applied in its own trace; events sent with
 * {@code sendInOneBatch} reach it in one poll.
 */
@QuarkusTest
class IdempotentConsumerTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final String TOPIC = "probe.v1";

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
        String township = randomTownship();
        ProducerRecord<String, byte[]> event = withdrawal(township, "mistake");
        kafka.send(event);
        kafka.send(event); // the same ce_id again, as a producer retry or a replay would
        ProducerRecord<String, byte[]> marker = withdrawal(township, "after"); // same key: consumed after both
        kafka.send(marker);

        await().atMost(LIMIT).until(() -> effects(idOf(marker)) == 1);
        assertThat(effects(idOf(event))).isEqualTo(1);
        assertThat(TestDatabase.count(
                        dataSource,
                        "SELECT count(*) FROM processed_event WHERE consumer = 'probe' AND event_id = ?",
                        idOf(event)))
                .isEqualTo(1);
    }

    @Test
    void aPollsEventsAreAppliedInOneTransactionAndADuplicateAmongThemOnce() {
        String township = randomTownship();
        ProducerRecord<String, byte[]> first = withdrawal(township, "fine");
        ProducerRecord<String, byte[]> second = withdrawal(township, "fine");
        ProducerRecord<String, byte[]> third = withdrawal(township, "fine");
        kafka.sendInOneBatch(List.of(first, second, first, third));

        await().atMost(LIMIT).until(() -> effects(idOf(third)) == 1);
        assertThat(effects(idOf(first)))
                .as("delivered twice in the poll, applied once")
                .isEqualTo(1);
        assertThat(effects(idOf(second))).isEqualTo(1);
        assertThat(TestDatabase.count(
                        dataSource,
                        "SELECT count(DISTINCT tx) FROM probe_effect WHERE event_id IN (?, ?, ?)",
                        idOf(first),
                        idOf(second),
                        idOf(third)))
                .as("one transaction for the poll")
                .isEqualTo(1);
    }

    @Test
    void aPoisonEventAmongOthersIsDeadLetteredAloneAndTheOthersAreApplied() {
        String township = randomTownship();
        ProducerRecord<String, byte[]> before = withdrawal(township, "fine");
        ProducerRecord<String, byte[]> poison = withdrawal(township, "poison");
        ProducerRecord<String, byte[]> after = withdrawal(township, "fine");
        kafka.sendInOneBatch(List.of(before, poison, after));

        await().atMost(LIMIT).until(() -> effects(idOf(after)) == 1);
        assertThat(effects(idOf(before))).isEqualTo(1);
        assertThat(effects(idOf(poison)))
                .as("the failed effect was rolled back")
                .isZero();
        assertThat(TestDatabase.count(
                        dataSource, "SELECT count(*) FROM processed_event WHERE event_id = ?", idOf(poison)))
                .as("a failed event is not recorded as processed")
                .isZero();

        List<ConsumerRecord<String, byte[]>> dead = kafka.readUntil(
                TOPIC + ".dlq", read -> read.stream().anyMatch(r -> idOf(poison).equals(header(r, "ce_id"))), LIMIT);
        assertThat(dead)
                .noneMatch(r ->
                        idOf(before).equals(header(r, "ce_id")) || idOf(after).equals(header(r, "ce_id")));
        ConsumerRecord<String, byte[]> deadLetter = dead.stream()
                .filter(r -> idOf(poison).equals(header(r, "ce_id")))
                .findFirst()
                .orElseThrow();
        assertThat(deadLetter.key()).isEqualTo(township);
        assertThat(header(deadLetter, "dead-letter-reason")).contains("poison");
        assertThat(header(deadLetter, "dead-letter-topic")).isEqualTo(TOPIC);
        assertThat(header(deadLetter, "ce_type"))
                .as("the original headers are kept")
                .isEqualTo("report.withdrawn");
        ReportWithdrawn deadEvent = EventJson.read(deadLetter.value(), ReportWithdrawn.class);
        assertThat(deadEvent.reason()).isEqualTo("poison");
        assertThat(deadEvent.reportId())
                .isEqualTo(EventJson.read(poison.value(), ReportWithdrawn.class).reportId());
    }

    @Test
    void aPollThatLosesItsDatabaseConnectionIsAppliedAgainNotDeadLettered() {
        String township = randomTownship();
        ProducerRecord<String, byte[]> before = withdrawal(township, "fine");
        ProducerRecord<String, byte[]> lost = withdrawal(township, "connection-lost");
        ProducerRecord<String, byte[]> after = withdrawal(township, "fine");
        kafka.sendInOneBatch(List.of(before, lost, after));

        await().atMost(LIMIT).until(() -> effects(idOf(after)) == 1);
        assertThat(effects(idOf(lost)))
                .as("applied once the database answered again")
                .isEqualTo(1);
        assertThat(effects(idOf(before))).isEqualTo(1);
        assertThat(TestDatabase.count(
                        dataSource,
                        "SELECT count(*) FROM processed_event WHERE event_id IN (?, ?, ?)",
                        idOf(before),
                        idOf(lost),
                        idOf(after)))
                .isEqualTo(3);
    }

    @Test
    void aRecordThatIsNotAnEventIsDeadLetteredAndTheRestOfThePollApplied() {
        String township = randomTownship();
        ProducerRecord<String, byte[]> garbage =
                new ProducerRecord<>(TOPIC, township, "not json at all".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> next = withdrawal(township, "fine");
        kafka.sendInOneBatch(List.of(garbage, next));

        await().atMost(LIMIT).until(() -> effects(idOf(next)) == 1);
        List<ConsumerRecord<String, byte[]>> dead = kafka.readUntil(
                TOPIC + ".dlq",
                read -> read.stream().anyMatch(r -> township.equals(r.key()) && header(r, "ce_id") == null),
                LIMIT);
        ConsumerRecord<String, byte[]> deadLetter =
                dead.stream().filter(r -> township.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(deadLetter, "dead-letter-reason")).contains("not a CloudEvent");
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
    }

    @Test
    void eachEventIsAppliedInTheTraceItsProducerStarted() {
        String township = randomTownship();
        String traceA = "4bf92f3577b34da6a3ce929d0e0e4736";
        String traceB = "0af7651916cd43dd8448eb211c80319c";
        ProducerRecord<String, byte[]> a = withdrawal(township, "fine");
        a.headers().add("traceparent", ("00-" + traceA + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.US_ASCII));
        ProducerRecord<String, byte[]> b = withdrawal(township, "fine");
        b.headers().add("traceparent", ("00-" + traceB + "-b7ad6b7169203331-01").getBytes(StandardCharsets.US_ASCII));
        kafka.sendInOneBatch(List.of(a, b));

        await().atMost(LIMIT).until(() -> effects(idOf(b)) == 1);
        assertThat(TestDatabase.count(
                        dataSource,
                        "SELECT count(*) FROM probe_effect WHERE event_id = ? AND trace_id = ?",
                        idOf(a),
                        traceA))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        dataSource,
                        "SELECT count(*) FROM probe_effect WHERE event_id = ? AND trace_id = ?",
                        idOf(b),
                        traceB))
                .isEqualTo(1);
    }

    private long effects(String eventId) {
        return TestDatabase.count(dataSource, "SELECT count(*) FROM probe_effect WHERE event_id = ?", eventId);
    }

    private static String randomTownship() {
        return "1404043" + (10 + (int) (Math.random() * 89));
    }

    private static ProducerRecord<String, byte[]> withdrawal(String township, String reason) {
        String reportId = "r-" + UUID.randomUUID();
        ReportWithdrawn payload = new ReportWithdrawn(
                reportId, 1, 2024, township, township.substring(0, 6), Instant.parse("2025-02-01T00:00:00Z"), reason);
        CloudEvent event = KafkaCloudEvents.event(
                "ev-" + UUID.randomUUID(),
                "/test",
                Instant.now(),
                EventType.REPORT_WITHDRAWN,
                reportId,
                EventJson.write(payload));
        return KafkaCloudEvents.record(TOPIC, payload.key(), event);
    }

    private static String idOf(ProducerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }
}
