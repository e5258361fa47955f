package io.fazhi.platform.outbox;

import static io.fazhi.local.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.EventJson;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.events.Topics;
import io.fazhi.local.Infrastructure;
import io.fazhi.local.KafkaBroker;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Inject
    Outbox outbox;

    @Inject
    OutboxStore store;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void publishesCommittedEventsInOrderAsCloudEvents() {
        String township = randomTownship();
        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        outbox.enqueue(withdrawal(township, "r-1")),
                        outbox.enqueue(withdrawal(township, "r-2")),
                        outbox.enqueue(withdrawal(township, "r-3"))));

        List<ConsumerRecord<String, byte[]>> mine = readOwn(ids);

        assertThat(mine)
                .extracting(r -> header(r, "ce_id"))
                .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
        assertThat(mine)
                .extracting(
                        r -> EventJson.read(r.value(), ReportWithdrawn.class).reportId())
                .containsExactly("r-1", "r-2", "r-3");
        ConsumerRecord<String, byte[]> first = mine.get(0);
        assertThat(first.key()).isEqualTo(township);
        assertThat(header(first, "ce_type")).isEqualTo("report.withdrawn");
        assertThat(header(first, "ce_source")).isEqualTo("/platform-test");
        assertThat(header(first, "ce_subject")).isEqualTo("r-1");
        await().atMost(LIMIT).until(() -> sent(ids.get(2)));
    }

    @Test
    void anEventIsNotPublishedWhenItsTransactionRollsBack() {
        String township = randomTownship();
        UUID[] rolledBack = new UUID[1];
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    rolledBack[0] = outbox.enqueue(withdrawal(township, "r-rollback"));
                    throw new IllegalStateException("the state change failed");
                }))
                .hasMessageContaining("the state change failed");
        assertThat(TestDatabase.count(
                        dataSource, "SELECT count(*) FROM outbox_event WHERE event_id = ?", rolledBack[0]))
                .isZero();
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(withdrawal(randomTownship(), "r-none")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void anEventBackingOffHoldsBackTheLaterEventsOfItsKeyOnly() {
        String township = randomTownship();
        String other = randomTownship() + "x";
        UUID[] ids = new UUID[4]; // before, backing off, after (same key), another key
        List<List<UUID>> due = new ArrayList<>();
        // Never committed, so the running relay does not see them.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> {
                    ids[0] = outbox.enqueue(withdrawal(township, "r-before"));
                    ids[1] = outbox.enqueue(withdrawal(township, "r-failing"));
                    ids[2] = outbox.enqueue(withdrawal(township, "r-after"));
                    ids[3] = outbox.enqueue(withdrawal(other, "r-other"));
                    Instant now = Instant.now();
                    long failing = store.due(now, 10_000).stream()
                            .filter(e -> e.id().equals(ids[1]))
                            .findFirst()
                            .orElseThrow()
                            .seq();
                    store.markFailed(failing, now.plus(Duration.ofHours(1)), "broker unreachable");
                    Set<UUID> mine = Set.of(ids);
                    due.add(store.due(now, 10_000).stream()
                            .map(PendingEvent::id)
                            .filter(mine::contains)
                            .toList());
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessageContaining("rolled back");
        assertThat(due.get(0)).containsExactly(ids[0], ids[3]);
    }

    @Test
    void anEventTooLargeForTheBrokerIsSetAsideAndNoLongerHoldsBackItsTownship() {
        String township = randomTownship();
        ReportWithdrawn huge = new ReportWithdrawn(
                "r-huge",
                1,
                2024,
                township,
                township.substring(0, 6),
                Instant.parse("2025-02-01T00:00:00Z"),
                "理由".repeat(40_000)); // 240 KB, over the 64 KB limit of this profile
        UUID[] ids = new UUID[2];
        QuarkusTransaction.requiringNew().run(() -> {
            ids[0] = outbox.enqueue(huge);
            ids[1] = outbox.enqueue(withdrawal(township, "r-after-huge"));
        });

        await().atMost(LIMIT).until(() -> sent(ids[1]));
        assertThat(readOwn(List.of(ids[1]))).hasSize(1);
        assertThat(TestDatabase.count(
                        dataSource,
                        "SELECT count(*) FROM outbox_event WHERE event_id = ? AND sent_at IS NULL"
                                + " AND dead_at IS NOT NULL AND last_error LIKE '%RecordTooLargeException%'",
                        ids[0]))
                .as("set aside with its reason")
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        dataSource, "SELECT count(*) FROM outbox_event WHERE event_id = ? AND attempts = 1", ids[0]))
                .as("tried once, not retried for ever")
                .isEqualTo(1);
    }

    @Test
    void anEventWrittenWhileTheBrokerIsDownIsPublishedOnceItIsBack() {
        KafkaBroker broker = Infrastructure.shared().kafka();
        Assumptions.assumeTrue(broker.restartable(), "needs a broker this JVM can stop and start");
        UUID id;
        broker.stop();
        try {
            id = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.enqueue(withdrawal(randomTownship(), "r-offline")));
            await().atMost(LIMIT)
                    .until(() -> TestDatabase.count(
                                    dataSource,
                                    "SELECT count(*) FROM outbox_event WHERE event_id = ? AND attempts >= 1 AND sent_at IS NULL AND last_error IS NOT NULL",
                                    id)
                            == 1);
        } finally {
            broker.start();
        }
        await().atMost(LIMIT).until(() -> sent(id));
        assertThat(readOwn(List.of(id))).hasSize(1);
    }

    private List<ConsumerRecord<String, byte[]>> readOwn(List<UUID> ids) {
        Set<String> wanted = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            return kafka
                    .readUntil(
                            Topics.REPORTS,
                            read -> read.stream()
                                            .filter(r -> wanted.contains(header(r, "ce_id")))
                                            .count()
                                    >= wanted.size(),
                            LIMIT)
                    .stream()
                    .filter(r -> wanted.contains(header(r, "ce_id")))
                    .toList();
        }
    }

    private boolean sent(UUID id) {
        return TestDatabase.count(
                        dataSource, "SELECT count(*) FROM outbox_event WHERE event_id = ? AND sent_at IS NOT NULL", id)
                == 1;
    }

    private static ReportWithdrawn withdrawal(String township, String reportId) {
        return new ReportWithdrawn(
                reportId, 1, 2024, township, township.substring(0, 6), Instant.parse("2025-02-01T00:00:00Z"), null);
    }

    private static String randomTownship() {
        return "411330" + (100 + (int) (Math.random() * 899));
    }
}
