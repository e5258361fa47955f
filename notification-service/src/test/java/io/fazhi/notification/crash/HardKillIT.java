package io.fazhi.notification.crash;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.local.FreePorts;
import io.fazhi.local.Infrastructure;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.PostgresServer;
import io.fazhi.local.WebhookReceiver;
import io.fazhi.notification.Subscribe;
import io.fazhi.notification.TestEvents;
import io.restassured.http.ContentType;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Kill the packaged service with SIGKILL while 1,000 events are in flight, start it again: every
 * event reaches the inbox exactly once and the webhook at least once, duplicates only under the
 * same webhook-id. Runs the real jar (after package) against the real broker and database.
 */
class HardKillIT {

    private static final int EVENTS = 1000;
    private static final String COUNTY = "140404";

    @Test
    void killedMidStreamItLosesNothingAndDuplicatesNothingInTheInbox() throws Exception {
        Infrastructure infrastructure = Infrastructure.shared();
        PostgresServer postgres = infrastructure.postgres();
        postgres.ensureDatabase("notifications");
        int port = FreePorts.find();
        Path jar = Path.of(System.getProperty("service.jar", "target/quarkus-app/quarkus-run.jar"));
        File log = new File("target/hard-kill-service.log");
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("notifications"),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers(),
                "FAZHI_WEBHOOKS_ALLOWED_PRIVATE_TARGETS", "127.0.0.2",
                "FAZHI_DELIVERY_LEASE", "5s",
                "FAZHI_SEND_TIMEOUT", "2s",
                "FAZHI_DELIVERY_BACKOFF_INITIAL", "0.5s",
                // The killed instance leaves the consumer group after this, not the default 45 s.
                "MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_SESSION_TIMEOUT_MS", "6000");

        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2");
                ServiceProcess service = new ServiceProcess(jar, environment, log)) {
            service.start(port);
            given().baseUri("http://localhost:" + port)
                    .auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .contentType(ContentType.JSON)
                    .body(Subscribe.body(COUNTY, "inbox", null, List.of("*")))
                    .post("/api/v1/subscriptions")
                    .then()
                    .statusCode(201);
            given().baseUri("http://localhost:" + port)
                    .auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .contentType(ContentType.JSON)
                    .body(Subscribe.body(COUNTY, "webhook", receiver.url("/hooks"), List.of("*")))
                    .post("/api/v1/subscriptions")
                    .then()
                    .statusCode(201);

            // Events arrive at about 100/s for 10 s; the service is killed a few seconds in.
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < EVENTS; i++) {
                ids.add("crash-" + i);
            }
            Thread producer = new Thread(() -> {
                try (KafkaTestClient kafka =
                        new KafkaTestClient(infrastructure.kafka().bootstrapServers())) {
                    for (int i = 0; i < EVENTS; i++) {
                        kafka.send(KafkaCloudEvents.record(
                                TestEvents.missingSection(COUNTY + "107", "r-" + i),
                                "crash-" + i,
                                "/metrics-service",
                                Instant.now()));
                        Thread.sleep(10);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            producer.start();
            await().atMost(Duration.ofMinutes(2)).until(() -> eventsReceived(receiver) >= 200);
            service.kill();
            long beforeRestart = eventsReceived(receiver);
            assertThat(beforeRestart).isLessThan(EVENTS); // the kill came mid-stream
            producer.join();

            service.start(port);
            await().atMost(Duration.ofMinutes(3)).until(() -> eventsReceived(receiver) == EVENTS);
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> inboxItems(postgres).size() == EVENTS);

            Map<String, Long> inbox = inboxItems(postgres);
            assertThat(inbox.keySet()).isEqualTo(ids);
            assertThat(inbox.values()).allMatch(count -> count == 1);
            // Every request carried one of the events' ids; a redelivery repeats the same id and body.
            List<WebhookReceiver.Request> events = receiver.requests().stream()
                    .filter(r -> !r.header("webhook-id").startsWith("verify_"))
                    .toList();
            assertThat(events.stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet()))
                    .isEqualTo(ids);
            Map<String, Set<String>> bodies = events.stream()
                    .collect(Collectors.groupingBy(
                            r -> r.header("webhook-id"),
                            Collectors.mapping(WebhookReceiver.Request::body, Collectors.toSet())));
            assertThat(bodies.values()).allMatch(b -> b.size() == 1);
            System.out.printf(
                    "hard kill: %d of %d events had reached the webhook before the kill; %d webhook requests in all"
                            + " (%d redelivered under the same webhook-id)%n",
                    beforeRestart, EVENTS, events.size(), events.size() - EVENTS);
        }
    }

    private static long eventsReceived(WebhookReceiver receiver) {
        return receiver.requests().stream()
                .map(r -> r.header("webhook-id"))
                .filter(id -> id.startsWith("crash-"))
                .distinct()
                .count();
    }

    private static Map<String, Long> inboxItems(PostgresServer postgres) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        postgres.jdbcUrl("notifications"), postgres.user(), postgres.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT event_id, count(*) FROM inbox_item WHERE event_id LIKE 'crash-%' GROUP BY event_id")) {
            Map<String, Long> counts = new java.util.HashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        }
    }
}
