package io.fazhi.notification.deliver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.fazhi.local.TestDatabase;
import io.fazhi.local.WebhookReceiver;
import io.fazhi.local.WebhookReceiver.Reply;
import io.fazhi.notification.Subscribe;
import io.fazhi.notification.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * At least once, with the same webhook-id: retries on 5xx, timeouts and 429 (after its
 * Retry-After), none on other 4xx; dead after the budget and replayable; a webhook that keeps
 * failing is paused; a receiver that hangs delays no one else. (Test profile: 1 s timeout,
 * 4 attempts, back-off from 0.2 s, pause after 6 failures.)
 */
@QuarkusTest
class DeliveryRetryTest {

    private static final Duration LIMIT = Duration.ofMinutes(1);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Test
    void aReceiverThatFailsThreeTimesGetsTheEventOnceMorePerFailureAndOneSuccessIsRecorded() {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            String place = "140429"; // 武乡县: each test has a county of its own
            Map<String, String> subscription = Subscribe.active(place, "webhook", receiver.url("/flaky"), List.of("*"));
            AtomicInteger calls = new AtomicInteger();
            receiver.answer(request -> calls.incrementAndGet() <= 3 ? Reply.status(503) : Reply.status(200));

            String eventId = TestEvents.send(bootstrap, TestEvents.missingSection(place + "100", "r-1"));

            await().atMost(LIMIT).until(() -> "delivered".equals(status(eventId)));
            assertThat(receiver.withId(eventId)).hasSize(4);
            assertThat(receiver.withId(eventId).stream().map(r -> r.body()).distinct())
                    .hasSize(1);
            String delivery = deliveryId(eventId);
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .get("/api/v1/deliveries/{id}", delivery)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("delivered"))
                    .body("attempts", equalTo(4))
                    .body("attemptLog.outcome", equalTo(List.of("retry", "retry", "retry", "delivered")))
                    .body("attemptLog.statusCode", equalTo(List.of(503, 503, 503, 200)));
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .get("/api/v1/deliveries?subscription={s}&status=delivered", subscription.get("id"))
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1));
        }
    }

    @Test
    void a410IsNotRetriedAndPausesTheWebhookWithANoteInTheOfficeInbox() {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            String place = "140430"; // 沁县
            Map<String, String> subscription = Subscribe.active(place, "webhook", receiver.url("/gone"), List.of("*"));
            receiver.answer(request -> Reply.status(410));

            String eventId = TestEvents.send(bootstrap, TestEvents.missingSection(place + "100", "r-2"));

            await().atMost(LIMIT).until(() -> "dead".equals(status(eventId)));
            assertThat(receiver.withId(eventId)).hasSize(1);
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .get("/api/v1/subscriptions/{id}", subscription.get("id"))
                    .then()
                    .body("status", equalTo("paused"));
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .get("/api/v1/inbox?place={p}&kind=subscription.paused", place)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].severity", equalTo("warning"))
                    .body("items[0].message", org.hamcrest.Matchers.containsString("410"));
        }
    }

    @Test
    void aReceiverThatNeverAnswersDelaysNoDeliveryToAHealthyOne() {
        try (WebhookReceiver hanging = WebhookReceiver.start("127.0.0.2");
                WebhookReceiver healthy = WebhookReceiver.start("127.0.0.2")) {
            String place = "140431"; // 沁源县
            Subscribe.active(place, "webhook", hanging.url("/hang"), List.of("*"));
            Subscribe.active(place, "webhook", healthy.url("/ok"), List.of("*"));
            hanging.answer(request -> Reply.never());

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ids.add(TestEvents.send(bootstrap, TestEvents.missingSection(place + "100", "r-h" + i)));
            }

            // Every event reaches the healthy receiver while the hanging one still holds its requests.
            await().atMost(LIMIT)
                    .until(() -> ids.stream().allMatch(id -> !healthy.withId(id).isEmpty()));
            assertThat(hanging.requests()).isNotEmpty();
            assertThat(TestDatabase.count(
                            db,
                            "SELECT count(*) FROM delivery d JOIN subscription s ON s.id = d.subscription_id"
                                    + " WHERE s.target = ? AND d.status = 'delivered'",
                            hanging.url("/hang")))
                    .isZero();
            hanging.release();
        }
    }

    @Test
    void a429IsRetriedNoEarlierThanItsRetryAfter() throws SQLException {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            String place = "140406"; // 潞城区
            Subscribe.active(place, "webhook", receiver.url("/busy"), List.of("*"));
            AtomicInteger calls = new AtomicInteger();
            receiver.answer(request ->
                    calls.incrementAndGet() == 1 ? Reply.status(429, Map.of("Retry-After", "2")) : Reply.status(200));

            String eventId = TestEvents.send(bootstrap, TestEvents.missingSection(place + "100", "r-3"));

            await().atMost(LIMIT).until(() -> "delivered".equals(status(eventId)));
            List<WebhookReceiver.Request> requests = receiver.withId(eventId);
            assertThat(requests).hasSize(2);
            assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        }
    }

    @Test
    void afterTheBudgetADeliveryIsDeadAndKeptAndAReplayDeliversItWithTheSameWebhookId() {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            String place = "140427"; // 壶关县
            Subscribe.active(place, "webhook", receiver.url("/down"), List.of("*"));
            receiver.answer(request -> Reply.status(500));

            String eventId = TestEvents.send(bootstrap, TestEvents.missingSection(place + "100", "r-4"));

            await().atMost(LIMIT).until(() -> "dead".equals(status(eventId)));
            assertThat(receiver.withId(eventId)).hasSize(4);
            String delivery = deliveryId(eventId);
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .get("/api/v1/deliveries?status=dead")
                    .then()
                    .statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.hasItem(delivery));
            // Another county's office neither sees nor replays it.
            given().auth()
                    .oauth2(Subscribe.office("140404"))
                    .post("/api/v1/deliveries/{id}/replay", delivery)
                    .then()
                    .statusCode(404);

            receiver.answer(request -> Reply.status(200));
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .post("/api/v1/deliveries/{id}/replay", delivery)
                    .then()
                    .statusCode(200);
            await().atMost(LIMIT).until(() -> "delivered".equals(status(eventId)));
            assertThat(receiver.withId(eventId)).hasSize(5);
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .post("/api/v1/deliveries/{id}/replay", delivery)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:fazhi:problem:conflict"));
            assertThat(TestDatabase.count(
                            db, "SELECT count(*) FROM delivery_attempt WHERE delivery_id = ?::uuid", delivery))
                    .isEqualTo(5);
        }
    }

    @Test
    void aWebhookThatKeepsFailingIsPausedItsDeliveriesWaitAndGoOutOnResume() {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            String place = "140428"; // 长子县
            Map<String, String> subscription =
                    Subscribe.active(place, "webhook", receiver.url("/broken"), List.of("*"));
            receiver.answer(request -> Reply.status(502));

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(TestEvents.send(bootstrap, TestEvents.missingSection(place + "100", "r-p" + i)));
            }
            await().atMost(LIMIT)
                    .until(() -> given().auth()
                            .oauth2(Subscribe.office(place))
                            .get("/api/v1/subscriptions/{id}", subscription.get("id"))
                            .path("status")
                            .equals("paused"));
            // Events arriving while paused are kept for it too.
            ids.add(TestEvents.send(bootstrap, TestEvents.missingSection(place + "100", "r-p3")));
            await().atMost(LIMIT)
                    .until(() ->
                            TestDatabase.count(db, "SELECT count(*) FROM delivery WHERE message_id = ?", ids.get(3))
                                    == 1);
            int sentWhilePaused = receiver.requests().size();

            receiver.answer(request -> Reply.status(200));
            given().auth()
                    .oauth2(Subscribe.office(place))
                    .post("/api/v1/subscriptions/{id}/resume", subscription.get("id"))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("active"));
            // Dead ones can be replayed; the rest go out by themselves.
            for (String id : ids) {
                if ("dead".equals(status(id))) {
                    given().auth()
                            .oauth2(Subscribe.office(place))
                            .post("/api/v1/deliveries/{id}/replay", deliveryId(id))
                            .then()
                            .statusCode(200);
                }
            }
            await().atMost(LIMIT).until(() -> ids.stream().allMatch(id -> "delivered".equals(status(id))));
            assertThat(receiver.requests().size()).isGreaterThan(sentWhilePaused);
        }
    }

    private String status(String messageId) {
        return one("SELECT status FROM delivery WHERE message_id = ?", messageId);
    }

    private String deliveryId(String messageId) {
        return one("SELECT id::text FROM delivery WHERE message_id = ?", messageId);
    }

    private String one(String sql, String messageId) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
