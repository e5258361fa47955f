package io.fazhi.gateway.route;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.fazhi.gateway.StubService;
import io.fazhi.gateway.StubServices;
import io.fazhi.local.DevTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Routing, auth before routing, rate and size limits, streaming, and services that are down. */
@QuarkusTest
class ProxyRoutesTest {

    private static final String TOKEN = DevTokens.mint("county-office", "140404");

    @TestHTTPResource("/api/v1/inbox/stream")
    URL stream;

    @Test
    void everyRouteReachesItsServiceWithTheCallersTokenAndQuery() {
        for (GatewayRoute route : GatewayRoute.values()) {
            given().auth()
                    .oauth2(TOKEN)
                    .get(route.prefix() + "/abc?year=2024&place=140404")
                    .then()
                    .statusCode(200)
                    .body("service", equalTo(route.service()))
                    .body("path", equalTo(route.prefix() + "/abc"))
                    .body("query", equalTo("year=2024&place=140404"))
                    .body("authorization", equalTo("Bearer " + TOKEN))
                    .body("forwardedFor", equalTo("127.0.0.1"));
        }
        given().auth()
                .oauth2(TOKEN)
                .contentType("text/plain; charset=UTF-8")
                .body("南宋镇人民政府".repeat(1000))
                .post("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyBytes", equalTo(21_000));
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/elsewhere")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMissingExpiredOrForgedTokenGets401AndReachesNoService() throws Exception {
        int before = total();
        var forgingKey = KeyPairGenerator.getInstance("RSA");
        forgingKey.initialize(2048);
        String forged = Jwt.issuer(DevTokens.ISSUER)
                .subject("admin:all")
                .groups("admin")
                .claim("place", "")
                .expiresIn(3600)
                .sign(forgingKey.generateKeyPair().getPrivate());
        String expired = DevTokens.mint("county-office", "140404", Duration.ofMinutes(-5));
        String otherIssuer = Jwt.issuer("urn:elsewhere")
                .subject("x")
                .groups("admin")
                .expiresIn(3600)
                .sign(io.smallrye.jwt.util.KeyUtils.readPrivateKey("dev-jwt/privateKey.pem"));
        // Signed by the suite's own issuer, but for another application, or dated ahead of the clock.
        String otherAudience = Jwt.issuer(DevTokens.ISSUER)
                .audience("another-application")
                .subject("admin:all")
                .groups("admin")
                .claim("place", "")
                .expiresIn(3600)
                .sign(io.smallrye.jwt.util.KeyUtils.readPrivateKey("dev-jwt/privateKey.pem"));
        long now = System.currentTimeMillis() / 1000;
        String fromTheFuture = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("admin:all")
                .groups("admin")
                .claim("place", "")
                .issuedAt(now + 3600)
                .expiresAt(now + 7200)
                .sign(io.smallrye.jwt.util.KeyUtils.readPrivateKey("dev-jwt/privateKey.pem"));

        given().get("/api/v1/reports")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Basic dXNlcjpwYXNz")
                .get("/api/v1/reports")
                .then()
                .statusCode(401);
        for (String token : List.of(forged, expired, otherIssuer, otherAudience, fromTheFuture, "not.a.jwt", "x")) {
            given().auth()
                    .oauth2(token)
                    .post("/api/v1/subscriptions")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("detail", startsWith("the token is not valid"));
        }
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aRefusedRequestWithABodyLeavesTheConnectionUsable() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI reports = URI.create(stream.toString().replace("/api/v1/inbox/stream", "/api/v1/reports"));
        byte[] body = "南宋镇".repeat(30_000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> refused = client.send(
                    HttpRequest.newBuilder(reports)
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            HttpResponse<String> next = client.send(
                    HttpRequest.newBuilder(reports)
                            .timeout(Duration.ofSeconds(20))
                            .header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(next.body()).contains("\"bodyBytes\":" + body.length);
        }
    }

    @Test
    void exceedingTheRateLimitGets429WithRetryAfterAndOtherCallersAreUnaffected() {
        String caller = DevTokens.mint("township", "140404107");
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            responses.add(given().auth().oauth2(caller).get("/api/v1/divisions?name=南宋镇"));
        }
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertThat(statuses).contains(200, 429);
        Response limited = responses.stream()
                .filter(r -> r.statusCode() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(limited.jsonPath().getString("type")).isEqualTo("urn:fazhi:problem:too-many-requests");
        // Another caller, and the same caller on another route, still pass.
        given().auth()
                .oauth2(DevTokens.mint("township", "140404106"))
                .get("/api/v1/divisions")
                .then()
                .statusCode(200);
        given().auth().oauth2(caller).get("/api/v1/reports").then().statusCode(200);
    }

    @jakarta.inject.Inject
    io.fazhi.gateway.limit.RateLimiter limiter;

    @Test
    void anImporterSendsAtTheImportRateWhereAnotherCallerIsHeldToTheRoutes() {
        // Through the bean, as the test above: 20 a second on reports (a burst of 40), 100 for an importer (200).
        var township = new io.fazhi.gateway.auth.VerifiedCaller(
                "township:140404101", io.fazhi.core.identity.Group.TOWNSHIP, "140404101", false, 0);
        var importer = new io.fazhi.gateway.auth.VerifiedCaller(
                "county-office:140404", io.fazhi.core.identity.Group.COUNTY_OFFICE, "140404", true, 0);
        int townshipPassed = 0;
        int importerPassed = 0;
        for (int i = 0; i < 150; i++) {
            townshipPassed += limiter.tryAcquire(township, GatewayRoute.REPORTS).isEmpty() ? 1 : 0;
            importerPassed += limiter.tryAcquire(importer, GatewayRoute.REPORTS).isEmpty() ? 1 : 0;
        }
        assertThat(townshipPassed).isBetween(40, 45);
        assertThat(importerPassed).isEqualTo(150);
    }

    @Test
    void anAddressSendingManyRequestsWithoutAValidTokenIsSlowedDown() {
        // Through the bean, from an address no other test uses: the tests' own 401s come from 127.0.0.1.
        List<Boolean> passed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            passed.add(limiter.tryAcquireUnauthenticated("192.0.2.7").isEmpty());
        }
        assertThat(passed.subList(0, 10)).containsOnly(true);
        assertThat(passed).contains(false);
        assertThat(limiter.tryAcquireUnauthenticated("192.0.2.8")).isEmpty();
    }

    @Test
    void anOversizedUploadGets413BeforeItReachesTheService() throws Exception {
        int before = StubServices.reports.apiRequests();
        byte[] huge = new byte[7 * 1024 * 1024];
        given().auth()
                .oauth2(TOKEN)
                .contentType("application/octet-stream")
                .body(huge)
                .post("/api/v1/reports")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:payload-too-large"));
        assertThat(StubServices.reports.apiRequests()).isEqualTo(before);

        // Chunked, without a Content-Length: cut off at the limit.
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest chunked = HttpRequest.newBuilder(
                        URI.create(stream.toString().replace("/api/v1/inbox/stream", "/api/v1/reports")))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> response = client.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aScanOfTensOfMegabytesIsStreamedToReportServiceAndOnlyAsAReportFile() {
        int before = StubServices.reports.apiRequests();
        byte[] scan = new byte[20 * 1024 * 1024];
        given().auth()
                .oauth2(TOKEN)
                .multiPart("file", "scan.pdf", scan, "application/pdf")
                .post("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("service", equalTo("report-service"))
                .body("bodyBytes", org.hamcrest.Matchers.greaterThan(scan.length));
        assertThat(StubServices.reports.apiRequests()).isEqualTo(before + 1);
        // Past the upload limit; and the larger limit is for report files only, not any body or path.
        given().auth()
                .oauth2(TOKEN)
                .multiPart("file", "scan.pdf", new byte[43 * 1024 * 1024], "application/pdf")
                .post("/api/v1/reports")
                .then()
                .statusCode(413)
                .body("type", equalTo("urn:fazhi:problem:payload-too-large"));
        given().auth()
                .oauth2(TOKEN)
                .contentType("text/plain")
                .body(new byte[7 * 1024 * 1024])
                .post("/api/v1/reports")
                .then()
                .statusCode(413);
        given().auth()
                .oauth2(TOKEN)
                .multiPart("file", "scan.pdf", new byte[7 * 1024 * 1024], "application/pdf")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(413);
        assertThat(StubServices.reports.apiRequests()).isEqualTo(before + 1);
    }

    @Test
    void anOversizedFormOnAPageIsAPageThatSaysSoAndNothingReachesTheConsole() {
        int before = StubServices.console.apiRequests();
        // A scan through the report form reaches the console; anything else over the body limit does not.
        given().cookie("fazhi_session", "a-session")
                .contentType("multipart/form-data")
                .multiPart("file", "report.pdf", new byte[7 * 1024 * 1024], "application/pdf")
                .post("/submit")
                .then()
                .statusCode(200)
                .body("service", equalTo("console"));
        given().cookie("fazhi_session", "a-session")
                .contentType("multipart/form-data")
                .multiPart("file", "report.pdf", new byte[43 * 1024 * 1024], "application/pdf")
                .post("/submit")
                .then()
                .statusCode(413)
                .contentType(containsString("text/html"))
                .body(
                        containsString("提交的内容过大：不能超过42 MB"),
                        containsString("什么也没有保存"),
                        org.hamcrest.Matchers.not(containsString("Exception")));
        given().cookie("fazhi_session", "a-session")
                .contentType("multipart/form-data")
                .multiPart("file", "report.pdf", new byte[7 * 1024 * 1024], "application/pdf")
                .post("/subscriptions")
                .then()
                .statusCode(413)
                .body(containsString("提交的内容过大：不能超过6 MB"));
        assertThat(StubServices.console.apiRequests()).isEqualTo(before + 1);
    }

    @Test
    void pagesGoToTheConsoleWithoutATokenAndOperationalPathsStayClosed() {
        int before = StubServices.console.apiRequests();
        given().cookie("fazhi_session", "a-session")
                .get("/counties/140404?year=2024")
                .then()
                .statusCode(200)
                .body("service", equalTo("console"))
                .body("path", equalTo("/counties/140404"))
                .body("query", equalTo("year=2024"))
                .body("forwardedFor", equalTo("127.0.0.1"));
        given().get("/").then().statusCode(200).body("service", equalTo("console"));
        assertThat(StubServices.console.apiRequests()).isEqualTo(before + 2);
        given().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v2/reports").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/openapi.json").then().statusCode(200).contentType(containsString("json"));
        assertThat(StubServices.console.apiRequests()).isEqualTo(before + 2);
    }

    @Test
    void oversizedHeadersAndAddressesAreProblemsThatReachNoService() {
        int before = StubServices.reports.apiRequests();
        given().auth()
                .oauth2(TOKEN)
                .header("X-Padding", "x".repeat(20_000))
                .get("/api/v1/reports")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:header-fields-too-large"))
                .body("detail", containsString("at most 16384"));
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/reports?place=" + "1".repeat(5_000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:uri-too-long"));
        given().header("X-Padding", "x".repeat(20_000))
                .get("/q/health/ready")
                .then()
                .statusCode(431)
                .contentType("application/problem+json");
        assertThat(StubServices.reports.apiRequests()).isEqualTo(before);
        // Just under the limits: routed as usual.
        given().auth()
                .oauth2(TOKEN)
                .header("X-Padding", "x".repeat(12_000))
                .get("/api/v1/reports")
                .then()
                .statusCode(200);
    }

    @Test
    void aServiceThatIsDownGives503AtOnceAndTheOthersStillAnswer() {
        StubService notifications = StubServices.notifications;
        notifications.stop();
        try {
            given().auth()
                    .oauth2(TOKEN)
                    .get("/api/v1/inbox")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:fazhi:problem:unavailable"))
                    .body("detail", containsString("notification-service"))
                    .header("Retry-After", equalTo("5"));
            given().auth().oauth2(TOKEN).get("/api/v1/assessments").then().statusCode(200);
            // The gateway itself stays ready (one blip must not take every route down); the
            // upstreams group says which service is down.
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/group/upstreams")
                    .then()
                    .statusCode(503)
                    .body("checks[0].data.notification-service", startsWith("DOWN"))
                    .body("checks[0].data.report-service", equalTo("UP"));
        } finally {
            notifications.start();
        }
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/group/upstreams").then().statusCode(200);
    }

    @Test
    void serverSentEventsStreamThroughAndTraceContextIsPassedOn() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<java.io.InputStream> response = client.send(
                HttpRequest.newBuilder(stream.toURI())
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        String events;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            events = in.lines().collect(Collectors.joining("\n"));
        }
        assertThat(events).contains("id:1", "id:2", "id:3", "data:{\"n\":3}");

        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        // The service's parent is the gateway's span, in the caller's trace.
        given().auth()
                .oauth2(TOKEN)
                .header("traceparent", traceparent)
                .get("/api/v1/rollups/140404")
                .then()
                .body("traceparent", org.hamcrest.Matchers.startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"))
                .body("traceparent", org.hamcrest.Matchers.not(equalTo(traceparent)));
        Response fresh = given().auth().oauth2(TOKEN).get("/api/v1/rollups/140404");
        assertThat(fresh.jsonPath().getString("traceparent"))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                .isEqualTo(fresh.header("traceparent"));
    }

    @Test
    void dashboardsOnTheConfiguredOriginMayCallCrossOrigin() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .options("/api/v1/rollups/140404")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    private static int total() {
        return StubServices.reports.apiRequests()
                + StubServices.metrics.apiRequests()
                + StubServices.notifications.apiRequests();
    }
}
