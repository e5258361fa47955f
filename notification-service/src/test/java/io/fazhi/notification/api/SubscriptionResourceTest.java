package io.fazhi.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.standardwebhooks.Webhook;
import io.agroal.api.AgroalDataSource;
import io.fazhi.local.DevTokens;
import io.fazhi.local.TestDatabase;
import io.fazhi.local.WebhookReceiver;
import io.fazhi.local.WebhookReceiver.Reply;
import io.fazhi.notification.Subscribe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Subscribing: verification, secrets, SSRF, jurisdiction, and bad input that stores nothing. */
@QuarkusTest
class SubscriptionResourceTest {

    private static final String COUNTY = "140404";

    @Inject
    AgroalDataSource db;

    @Test
    void aWebhookIsActiveOnceItAnswersTheSignedPingAndItsSecretIsShownOnlyOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            var created = Subscribe.post(
                            Subscribe.office(COUNTY),
                            Subscribe.body(COUNTY, "webhook", receiver.url("/ping"), List.of("*")))
                    .statusCode(201)
                    .header("Location", startsWith("/api/v1/subscriptions/"))
                    .body("status", equalTo("active"))
                    .body("placeName", equalTo("上党区"))
                    .body("secret", startsWith("whsec_"))
                    .extract();
            String id = created.path("id");
            String secret = created.path("secret");
            WebhookReceiver.Request ping = receiver.requests().get(0);
            assertThat(ping.body()).contains("\"type\":\"webhook.verification\"", id);
            new Webhook(secret)
                    .verify(
                            ping.body(),
                            Map.of(
                                    "webhook-id",
                                    List.of(ping.header("webhook-id")),
                                    "webhook-timestamp",
                                    List.of(ping.header("webhook-timestamp")),
                                    "webhook-signature",
                                    List.of(ping.header("webhook-signature"))));

            given().auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .get("/api/v1/subscriptions/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("secret", nullValue())
                    .body("target", equalTo(receiver.url("/ping")));
            given().auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .get("/api/v1/subscriptions?place=140404")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));

            // Rotation: the new secret is shown once; during the overlap both secrets sign.
            String rotated = given().auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .post("/api/v1/subscriptions/{id}/rotate-secret", id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("secret");
            assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
            given().auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .post("/api/v1/subscriptions/{id}/verify", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("active"));
            WebhookReceiver.Request second =
                    receiver.requests().get(receiver.requests().size() - 1);
            Map<String, List<String>> headers = Map.of(
                    "webhook-id",
                    List.of(second.header("webhook-id")),
                    "webhook-timestamp",
                    List.of(second.header("webhook-timestamp")),
                    "webhook-signature",
                    List.of(second.header("webhook-signature")));
            new Webhook(rotated).verify(second.body(), headers);
            new Webhook(secret).verify(second.body(), headers);
            assertThat(second.header("webhook-signature").split(" ")).hasSize(2);
        }
    }

    @Test
    void aWebhookThatDoesNotAnswer2xxStaysPendingAndGetsNothing() {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            receiver.answer(request -> Reply.status(404));
            String id = Subscribe.post(
                            Subscribe.office(COUNTY),
                            Subscribe.body(COUNTY, "webhook", receiver.url("/nobody"), List.of("*")))
                    .statusCode(201)
                    .body("status", equalTo("pending-verification"))
                    .body("statusReason", containsString("404"))
                    .extract()
                    .path("id");
            receiver.answer(request -> Reply.status(200));
            given().auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .post("/api/v1/subscriptions/{id}/verify", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("active"));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://192.168.1.10/",
                "http://[::1]:9000/",
                "http://0.0.0.0/",
                "http://100.64.0.1/",
                "ftp://hooks.example.gov.cn/",
                "http://user:pw@127.0.0.2/",
                "not a url",
                "http:///nohost",
                "http://[::127.0.0.1]/hook",
                "http://[64:ff9b::7f00:1]/hook",
                "http://[2002:7f00:1::]/hook",
                "http://0177.0.0.1/hook",
                "http://0x7f.0.0.1/hook",
                "http://2130706433/hook"
            })
    void internalAndUnusableTargetsAreRefusedAndNothingIsStored(String target) {
        long before = subscriptions();
        Subscribe.post(Subscribe.office(COUNTY), Subscribe.body(COUNTY, "webhook", target, List.of("*")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:validation"))
                .body("errors.field", hasItem("target"));
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void theEmailAndInboxChannelsCheckTheirTargetsAndDigests() {
        Subscribe.post(Subscribe.office(COUNTY), Subscribe.body(COUNTY, "email", "not-an-address", List.of("*")))
                .statusCode(400)
                .body("errors.field", hasItem("target"));
        Subscribe.post(Subscribe.office(COUNTY), Subscribe.body(COUNTY, "inbox", "http://example.org/", List.of("*")))
                .statusCode(400)
                .body("errors.field", hasItem("target"));
        Map<String, Object> digestInbox = Subscribe.body(COUNTY, "inbox", null, List.of("*"));
        digestInbox.put("digest", "daily");
        Subscribe.post(Subscribe.office(COUNTY), digestInbox).statusCode(400).body("errors.field", hasItem("digest"));
        Map<String, Object> badDigest = Subscribe.body(COUNTY, "email", "a@b.example.cn", List.of("*"));
        badDigest.put("digest", "every day");
        Subscribe.post(Subscribe.office(COUNTY), badDigest).statusCode(400).body("errors.field", hasItem("digest"));
    }

    @Test
    void badBodiesGetProblemResponsesAndStoreNothing() {
        long before = subscriptions();
        String token = Subscribe.office(COUNTY);
        // malformed JSON, wrong types, unknown enum values, missing fields, unknown kinds and places
        for (String body : List.of(
                "{",
                "[]",
                "{\"place\": 140404}",
                "{\"place\":\"140404\",\"channel\":\"pigeon\",\"kinds\":[\"*\"]}",
                "{\"place\":\"140404\",\"channel\":\"inbox\"}",
                "{\"place\":\"140404\",\"channel\":\"inbox\",\"kinds\":[]}",
                "{\"place\":\"140404\",\"channel\":\"inbox\",\"kinds\":[\"report.eaten\"]}",
                "{\"place\":\"149999\",\"channel\":\"inbox\",\"kinds\":[\"*\"]}",
                "{\"place\":\"140404107\",\"channel\":\"inbox\",\"kinds\":[\"*\"]}",
                "{\"place\":\"140404\",\"channel\":\"inbox\",\"kinds\":[\"*\"],\"minSeverity\":\"apocalyptic\"}")) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/subscriptions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
        // wrongly encoded: a GBK body declared as UTF-8 JSON
        byte[] gbk = "{\"place\":\"140404\",\"channel\":\"inbox\",\"kinds\":[\"上党\"]}".getBytes(Charset.forName("GBK"));
        given().auth()
                .oauth2(token)
                .contentType("application/json; charset=UTF-8")
                .body(gbk)
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // oversized
        String huge = "{\"place\":\"140404\",\"channel\":\"inbox\",\"kinds\":[\"" + "x".repeat(2_000_000) + "\"]}";
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(huge)
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(413)))
                .contentType("application/problem+json");
        // not JSON at all
        given().auth()
                .oauth2(token)
                .contentType(ContentType.TEXT)
                .body("place=140404")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        // hostile: script in a kind, SQL in the place
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(
                        "{\"place\":\"140404' OR '1'='1\",\"channel\":\"inbox\",\"kinds\":[\"<script>alert(1)</script>\"]}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void everyEndpointChecksTheCallersPlace() {
        String id = Subscribe.active(COUNTY, "inbox", null, List.of("*")).get("id");
        String other = Subscribe.office("140403");
        long before = subscriptions();

        Subscribe.post(other, Subscribe.body(COUNTY, "inbox", null, List.of("*")))
                .statusCode(403)
                .body("type", equalTo("urn:fazhi:problem:place-forbidden"));
        // a county office may not follow its city; a township does not subscribe at all
        Subscribe.post(Subscribe.office(COUNTY), Subscribe.body("1404", "inbox", null, List.of("*")))
                .statusCode(403);
        Subscribe.post(DevTokens.mint("township", "140404107"), Subscribe.body(COUNTY, "inbox", null, List.of("*")))
                .statusCode(403)
                .body("type", equalTo("urn:fazhi:problem:forbidden"));
        // nor reads subscriptions, deliveries or an inbox: these are the offices'
        String township = DevTokens.mint("township", "140404107");
        for (String path : List.of(
                "/api/v1/subscriptions",
                "/api/v1/subscriptions/" + id,
                "/api/v1/deliveries",
                "/api/v1/inbox",
                "/api/v1/inbox?place=140404107",
                "/api/v1/inbox/stream")) {
            given().auth()
                    .oauth2(township)
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:fazhi:problem:forbidden"));
        }
        given().auth()
                .oauth2(other)
                .get("/api/v1/subscriptions/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .get("/api/v1/subscriptions?place=140404")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other)
                .get("/api/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        for (String action : List.of("verify", "rotate-secret", "pause", "resume")) {
            given().auth()
                    .oauth2(other)
                    .post("/api/v1/subscriptions/{id}/" + action, id)
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(other)
                .delete("/api/v1/subscriptions/{id}", id)
                .then()
                .statusCode(404);
        given().get("/api/v1/subscriptions").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.mint("county-office", COUNTY, Duration.ofMinutes(-5)))
                .get("/api/v1/subscriptions")
                .then()
                .statusCode(401);
        assertThat(subscriptions()).isEqualTo(before);

        // the city office above it, and the county itself, may act on it
        given().auth()
                .oauth2(Subscribe.office("1404"))
                .get("/api/v1/subscriptions/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .post("/api/v1/subscriptions/{id}/rotate-secret", id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .delete("/api/v1/subscriptions/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .get("/api/v1/subscriptions/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .get("/api/v1/subscriptions/{id}", "not-a-uuid")
                .then()
                .statusCode(404);
    }

    private long subscriptions() {
        return TestDatabase.count(db, "SELECT count(*) FROM subscription");
    }
}
