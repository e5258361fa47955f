package io.fazhi.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.local.DevTokens;
import io.fazhi.local.TestDatabase;
import io.fazhi.notification.Subscribe;
import io.fazhi.notification.TestEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The inbox: each event once per office, listed with filters, marked read, and streamed live. */
@QuarkusTest
class InboxTest {

    private static final Duration LIMIT = Duration.ofMinutes(1);
    private static final String COUNTY = "140405"; // 屯留区: this class's own county

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/api/v1/inbox/stream")
    URL stream;

    @Test
    void aRedeliveredEventMakesNoSecondNotificationAndTwoMatchingSubscriptionsMakeOneItem() {
        Subscribe.active(COUNTY, "inbox", null, List.of("*"));
        Subscribe.active(COUNTY, "inbox", null, List.of("report.submitted"));
        String reportId = "r-" + UUID.randomUUID();
        String eventId = "ev-" + UUID.randomUUID();
        TestEvents.send(bootstrap, TestEvents.submitted(COUNTY + "101", "上村镇", reportId), eventId);
        TestEvents.send(bootstrap, TestEvents.submitted(COUNTY + "101", "上村镇", reportId), eventId);
        // Same topic and key as the duplicates, so consumed after both of them.
        String marker = TestEvents.send(
                bootstrap,
                new ReportWithdrawn(
                        reportId, 1, 2024, COUNTY + "101", COUNTY, Instant.parse("2025-01-10T01:00:00Z"), null));
        String assessed = TestEvents.send(bootstrap, TestEvents.assessed(COUNTY + "101", reportId));

        await().atMost(LIMIT)
                .until(() -> TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE event_id = ?", marker) == 1
                        && TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE event_id = ?", assessed) == 1);
        assertThat(TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE event_id = ?", eventId))
                .isEqualTo(1);
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .get("/api/v1/inbox?kind=report.submitted&township={t}", COUNTY + "101")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("【报告已提交】上村镇2024年度法治政府建设年度报告"))
                .body(
                        "items[0].message",
                        org.hamcrest.Matchers.startsWith("长治市屯留区上村镇于2025-01-09 09:30提交了2024年度法治政府建设年度报告（第1版）"))
                .body("items[0].link", equalTo("http://localhost:8080/api/v1/reports/" + reportId));
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .get("/api/v1/inbox?kind=report.assessed")
                .then()
                .body("items[0].title", equalTo("【评估完成】上村镇2024年度报告核查得分72.5"))
                .body("items[0].message", org.hamcrest.Matchers.containsString("缺少：存在的不足和原因"));
    }

    @Test
    void itemsAreMarkedReadOnlyWithinTheCallersPlaceAndFiltersWork() {
        Subscribe.active(COUNTY, "inbox", null, List.of("compliance.alert"));
        String eventId =
                TestEvents.send(bootstrap, TestEvents.missingSection(COUNTY + "102", "r-" + UUID.randomUUID()));
        await().atMost(LIMIT)
                .until(() ->
                        TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE event_id = ?", eventId) == 1);
        long id = TestDatabase.count(db, "SELECT id FROM inbox_item WHERE event_id = ?", eventId);

        given().auth()
                .oauth2(Subscribe.office("140404"))
                .post("/api/v1/inbox/{id}/read", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(DevTokens.mint("township", COUNTY + "102"))
                .post("/api/v1/inbox/{id}/read", id)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:fazhi:problem:forbidden"));
        given().auth()
                .oauth2(Subscribe.office("140404"))
                .get("/api/v1/inbox?place={p}", COUNTY)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:fazhi:problem:place-forbidden"));
        given().auth()
                .oauth2(Subscribe.office("140404"))
                .get("/api/v1/inbox")
                .then()
                .statusCode(200)
                .body("items.place", everyItem(equalTo("140404")));
        assertThat(TestDatabase.count(db, "SELECT count(*) FROM inbox_item WHERE id = ? AND read_at IS NULL", id))
                .isEqualTo(1);

        given().auth()
                .oauth2(Subscribe.office("1404"))
                .post("/api/v1/inbox/{id}/read", id)
                .then()
                .statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .get("/api/v1/inbox?unread=true&severity=warning")
                .then()
                .statusCode(200)
                .body("items.eventId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(eventId)));
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .get("/api/v1/inbox?unread=false&year=2024")
                .then()
                .statusCode(200)
                .body("items.eventId", org.hamcrest.Matchers.hasItem(eventId));

        for (String query : List.of(
                "place=14040",
                "severity=fatal",
                "year=1066",
                "page=-1",
                "size=100000",
                "township=abc",
                "unread=perhaps",
                "kind=%3Cscript%3E")) {
            given().auth()
                    .oauth2(Subscribe.office(COUNTY))
                    .get("/api/v1/inbox?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(Subscribe.office(COUNTY))
                .post("/api/v1/inbox/{id}/read", "abc")
                .then()
                .statusCode(404);
        given().get("/api/v1/inbox").then().statusCode(401);
    }

    @Test
    void theLiveStreamSendsNewItemsOfThePlaceAndResumesAfterLastEventId() throws Exception {
        Subscribe.active(COUNTY, "inbox", null, List.of("low-score"));
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?place=" + COUNTY))
                .header("Authorization", "Bearer " + Subscribe.office(COUNTY))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();

        String eventId =
                TestEvents.send(bootstrap, TestEvents.lowScore(COUNTY + "103", io.fazhi.events.Severity.CRITICAL));
        await().atMost(LIMIT).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(eventId)));
        String itemId = Long.toString(TestDatabase.count(db, "SELECT id FROM inbox_item WHERE event_id = ?", eventId));
        assertThat(lines).contains("event:notification", "id:" + itemId);
        reader.interrupt();

        // Reconnecting with the id before it replays it.
        HttpRequest resume = HttpRequest.newBuilder(URI.create(stream + "?place=" + COUNTY))
                .header("Authorization", "Bearer " + Subscribe.office(COUNTY))
                .header("Last-Event-ID", Long.toString(Long.parseLong(itemId) - 1))
                .build();
        HttpResponse<java.io.InputStream> resumed = client.send(resume, HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader in = new BufferedReader(new InputStreamReader(resumed.body(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.contains(eventId)) {
            // skip comments and earlier events
        }
        assertThat(line).contains(eventId);
        in.close();

        // Another county's office may not open it; a bad Last-Event-ID is refused.
        HttpRequest foreign = HttpRequest.newBuilder(URI.create(stream + "?place=" + COUNTY))
                .header("Authorization", "Bearer " + Subscribe.office("140404"))
                .build();
        assertThat(client.send(foreign, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        HttpRequest bad = HttpRequest.newBuilder(URI.create(stream + "?place=" + COUNTY))
                .header("Last-Event-ID", "x'; DROP")
                .header("Authorization", "Bearer " + Subscribe.office(COUNTY))
                .build();
        assertThat(client.send(bad, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aCallerHoldsAtMostFiveLiveStreamsAndAnotherCallerIsUnaffected() throws Exception {
        // An office no other test streams for, so its count starts at zero.
        String office = Subscribe.office("411330");
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpResponse<java.io.InputStream>> open = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<java.io.InputStream> response =
                    client.send(streamOf(office), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            open.add(response);
        }
        HttpResponse<String> sixth = client.send(streamOf(office), HttpResponse.BodyHandlers.ofString());
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(sixth.body()).contains("at most 5 live inbox streams");

        HttpResponse<java.io.InputStream> other =
                client.send(streamOf(Subscribe.office("411321")), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(other.statusCode()).isEqualTo(200);
        other.body().close();

        // A closed stream gives its place back (found closed at the latest by the next keep-alive).
        open.get(0).body().close();
        await().atMost(LIMIT).until(() -> {
            HttpResponse<java.io.InputStream> again =
                    client.send(streamOf(office), HttpResponse.BodyHandlers.ofInputStream());
            boolean admitted = again.statusCode() == 200;
            if (admitted) {
                open.add(again);
            } else {
                again.body().close();
            }
            return admitted;
        });
        for (HttpResponse<java.io.InputStream> response : open) {
            response.body().close();
        }
    }

    private HttpRequest streamOf(String token) {
        return HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
    }
}
