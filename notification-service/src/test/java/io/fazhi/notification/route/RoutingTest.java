package io.fazhi.notification.route;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.local.TestDatabase;
import io.fazhi.local.WebhookReceiver;
import io.fazhi.notification.SmtpTestResource;
import io.fazhi.notification.Subscribe;
import io.fazhi.notification.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An event on the real broker reaches the subscriptions of its county on every channel, and no other county's. */
@QuarkusTest
class RoutingTest {

    private static final Duration LIMIT = Duration.ofMinutes(1);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    private WebhookReceiver shangdang;
    private WebhookReceiver neighbour;

    @BeforeEach
    void receivers() {
        shangdang = WebhookReceiver.start("127.0.0.2");
        neighbour = WebhookReceiver.start("127.0.0.2");
    }

    @AfterEach
    void stop() {
        shangdang.close();
        neighbour.close();
    }

    @Test
    void anAlertForNansongReachesCounty140404OnEveryChannelAndNoOtherCounty() throws Exception {
        String mailbox = "yfzx-" + UUID.randomUUID().toString().substring(0, 8) + "@shangdang.example.gov.cn";
        String otherMailbox = "other-" + UUID.randomUUID().toString().substring(0, 8) + "@luzhou.example.gov.cn";
        Map<String, String> webhook =
                Subscribe.active("140404", "webhook", shangdang.url("/hooks"), List.of("compliance.alert"));
        Subscribe.active("140404", "email", mailbox, List.of("missing-section"));
        Subscribe.active("140404", "inbox", null, List.of("*"));
        // The same county's neighbour 140403 (潞州区) subscribes to everything, on every channel.
        Subscribe.active("140403", "webhook", neighbour.url("/hooks"), List.of("*"));
        Subscribe.active("140403", "email", otherMailbox, List.of("*"));
        Subscribe.active("140403", "inbox", null, List.of("*"));
        int neighbourPings = neighbour.requests().size();

        String reportId = "r-" + UUID.randomUUID();
        ComplianceAlert alert = TestEvents.missingSection("140404107", reportId);
        String eventId = TestEvents.send(bootstrap, alert);

        await().atMost(LIMIT).until(() -> !shangdang.withId(eventId).isEmpty());
        WebhookReceiver.Request request = shangdang.withId(eventId).get(0);
        assertThat(request.header("content-type")).startsWith("application/json");
        assertThat(request.body())
                .contains(
                        "\"type\":\"compliance.alert\"",
                        "\"kind\":\"missing-section\"",
                        "\"code\":\"140404107\"",
                        "\"name\":\"南宋镇\"",
                        "/api/v1/assessments/" + reportId);
        // The Standard Webhooks reference library verifies it with the secret shown at creation …
        new Webhook(webhook.get("secret")).verify(request.body(), headers(request));
        // … and refuses the same headers over a tampered body, or with another secret.
        assertThatThrownBy(() -> new Webhook(webhook.get("secret"))
                        .verify(request.body().replace("南宋镇", "北宋镇"), headers(request)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(
                                "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                        .verify(request.body(), headers(request)))
                .isInstanceOf(WebhookVerificationException.class);

        MimeMessage mail = await().atMost(LIMIT).until(() -> mailTo(mailbox), m -> m != null);
        assertThat(mail.getSubject()).isEqualTo("【报告缺少必备内容】南宋镇2024年度法治政府建设年度报告");
        assertThat(mail.getContent().toString())
                .contains("长治市上党区南宋镇", "存在的不足和原因", "http://localhost:8080/api/v1/assessments/" + reportId, eventId);

        await().atMost(LIMIT)
                .until(() ->
                        TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE event_id = ?", eventId) == 1);
        given().auth()
                .oauth2(Subscribe.office("140404"))
                .get("/api/v1/inbox?place=140404&kind=missing-section")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.eventId == '" + eventId + "' }.title",
                        org.hamcrest.Matchers.equalTo("【报告缺少必备内容】南宋镇2024年度法治政府建设年度报告"))
                .body(
                        "items.find { it.eventId == '" + eventId + "' }.townshipCode",
                        org.hamcrest.Matchers.equalTo("140404107"));

        // A later event for the neighbour proves its subscriptions work — and that nothing of 140404's came first.
        String neighbourEvent =
                TestEvents.send(bootstrap, TestEvents.missingSection("140403103", "r-" + UUID.randomUUID()));
        await().atMost(LIMIT).until(() -> !neighbour.withId(neighbourEvent).isEmpty());
        assertThat(neighbour.requests().size()).isEqualTo(neighbourPings + 1);
        assertThat(neighbour.withId(eventId)).isEmpty();
        await().atMost(LIMIT).until(() -> mailTo(otherMailbox) != null);
        assertThat(mailTo(otherMailbox).getSubject()).contains("马厂镇");
        assertThat(Arrays.stream(SmtpTestResource.server().getReceivedMessages())
                        .filter(m -> recipient(m).equals(otherMailbox)))
                .hasSize(1);
        assertThat(TestDatabase.count(
                        db, "SELECT count(*) FROM inbox_item WHERE event_id = ? AND place = '140403'", eventId))
                .isZero();
        assertThat(TestDatabase.count(
                        db,
                        "SELECT count(*) FROM delivery d JOIN subscription s ON s.id = d.subscription_id"
                                + " WHERE d.message_id = ? AND s.place = '140403'",
                        eventId))
                .isZero();
    }

    @Test
    void aCityOfficeFollowsEveryCountyOfItsCityAndSeveritiesBelowItsMinimumAreLeftOut() {
        WebhookReceiver city = shangdang;
        Map<String, Object> body = Subscribe.body("1404", "webhook", city.url("/city"), List.of("low-score"));
        body.put("minSeverity", "critical");
        String citySubscription = Subscribe.active(body).get("id");

        String warning = TestEvents.send(bootstrap, TestEvents.lowScore("140404107", io.fazhi.events.Severity.WARNING));
        String critical =
                TestEvents.send(bootstrap, TestEvents.lowScore("140403103", io.fazhi.events.Severity.CRITICAL));

        await().atMost(LIMIT).until(() -> !city.withId(critical).isEmpty());
        assertThat(city.withId(warning)).isEmpty();
        assertThat(TestDatabase.count(
                        db,
                        "SELECT count(*) FROM delivery WHERE message_id = ? AND subscription_id = ?::uuid",
                        warning,
                        citySubscription))
                .isZero();
    }

    private static Map<String, List<String>> headers(WebhookReceiver.Request request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.put(name, List.of(request.header(name)));
        }
        return headers;
    }

    private static MimeMessage mailTo(String address) {
        return Arrays.stream(SmtpTestResource.server().getReceivedMessages())
                .filter(m -> recipient(m).equals(address))
                .findFirst()
                .orElse(null);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
