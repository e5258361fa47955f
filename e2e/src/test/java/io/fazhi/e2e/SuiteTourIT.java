package io.fazhi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fazhi.local.DevTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's API tour, step by step, against the real processes `deploy/local/suite up` starts
 * (PostgreSQL, the Kafka broker, the four services), every call through the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteTourIT {

    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static RunningSuite suite;
    // JUnit removes it after the suite is down: each run's database and broker logs are 80 MB.
    @TempDir
    static Path data;

    private static String reportId;

    private static final String TOWNSHIP = DevTokens.mint("township", "140404107");
    private static final String COUNTY = DevTokens.mint("county-office", "140404");
    private static final String OTHER_COUNTY = DevTokens.mint("county-office", "140403");

    @BeforeAll
    static void up() throws Exception {
        suite = RunningSuite.up(data);
        RestAssured.baseURI = suite.gateway();
    }

    @AfterAll
    static void down() throws Exception {
        suite.close();
        // Nothing the suite started is left running.
        Thread.sleep(1000);
        List<String> left = ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(command -> command.contains(suite.data.toString()))
                .toList();
        assertThat(left).isEmpty();
    }

    @Test
    @Order(1)
    void step1TheCountyOfficeSubscribesToItsInbox() {
        given().auth()
                .oauth2(COUNTY)
                .contentType(ContentType.JSON)
                .body(Map.of("place", "140404", "channel", "inbox", "kinds", List.of("*")))
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(201)
                .body("status", equalTo("active"));
    }

    @Test
    @Order(2)
    void step2ATownshipSubmitsItsReport() throws Exception {
        byte[] sample =
                Files.readAllBytes(suite.root.resolve("report-service/src/test/resources/samples/nansong-2024.txt"));
        reportId = given().auth()
                .oauth2(TOWNSHIP)
                .contentType("text/plain; charset=UTF-8")
                .body(sample)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                // The link a client follows is the gateway's path, never the internal service's address.
                .header("Location", org.hamcrest.Matchers.startsWith("/api/v1/reports/"))
                .body("township.code", equalTo("140404107"))
                .body("township.name", equalTo("南宋镇"))
                .body("yearSource", equalTo("title"))
                .extract()
                .path("id");
    }

    @Test
    @Order(3)
    void step3ItsParseNamesThePlaceYearAndSections() {
        given().auth()
                .oauth2(TOWNSHIP)
                .get("/api/v1/reports/{id}", reportId)
                .then()
                .statusCode(200)
                .body("year", equalTo(2024))
                .body("issuedOn", equalTo("2025-01-09"))
                .body("county.name", equalTo("上党区"))
                .body("city.name", equalTo("长治市"))
                .body("province.name", equalTo("山西省"))
                .body("sections.kind", hasItems("measures", "first-responsible"));
        // A neighbouring township cannot read it.
        given().auth()
                .oauth2(DevTokens.mint("township", "140404106"))
                .get("/api/v1/reports/{id}", reportId)
                .then()
                .statusCode(anyOf(equalTo(403), equalTo(404)));
    }

    @Test
    @Order(4)
    void step4ItsAssessmentShowsTheScoreAndWhatIsMissing() {
        await().atMost(LIMIT)
                .until(() -> given().auth()
                                .oauth2(COUNTY)
                                .get("/api/v1/assessments/{id}", reportId)
                                .statusCode()
                        == 200);
        given().auth()
                .oauth2(COUNTY)
                .get("/api/v1/assessments/{id}", reportId)
                .then()
                .statusCode(200)
                .body("townshipCode", equalTo("140404107"))
                .body("requiredContents.missing", hasItems("shortcomings", "next-year-plan"));
        given().auth()
                .oauth2(OTHER_COUNTY)
                .get("/api/v1/assessments/{id}", reportId)
                .then()
                .statusCode(anyOf(equalTo(403), equalTo(404)));
    }

    @Test
    @Order(5)
    void step5TheCountyRollupCountsIt() {
        given().auth()
                .oauth2(COUNTY)
                .get("/api/v1/rollups/140404?year=2024")
                .then()
                .statusCode(200)
                .body("submitted", equalTo(1));
        given().auth()
                .oauth2(OTHER_COUNTY)
                .get("/api/v1/rollups/140404?year=2024")
                .then()
                .statusCode(403);
    }

    @Test
    @Order(6)
    void step6TheNotificationsArriveInTheCountyInbox() {
        // Report, assessment and alert events travel on three topics, consumed independently: wait for all.
        await().atMost(LIMIT)
                .until(() -> given().auth()
                        .oauth2(COUNTY)
                        .get("/api/v1/inbox?place=140404")
                        .<List<String>>path("items.kind")
                        .containsAll(List.of("report.submitted", "report.assessed", "missing-section")));
        given().auth()
                .oauth2(COUNTY)
                .get("/api/v1/inbox?place=140404")
                .then()
                .statusCode(200)
                .body("items.kind", hasItems("report.submitted", "report.assessed", "missing-section"))
                .body("items.title", hasItem("【报告已提交】南宋镇2024年度法治政府建设年度报告"));
        given().auth()
                .oauth2(OTHER_COUNTY)
                .get("/api/v1/inbox?place=140404")
                .then()
                .statusCode(403);
    }

    @Test
    @Order(9)
    void aScannedReportIsReadByOcrAndFlowsOnToItsAssessment() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                ocrHere(), "OCR is off here: install tesseract-ocr and tesseract-ocr-chi-sim");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                io.fazhi.corpus.ScannedPdfs.chineseFont().isPresent(),
                "no font draws Chinese here: install fonts-wqy-microhei");
        String text =
                Files.readString(suite.root.resolve("report-service/src/test/resources/samples/pingshi-2024.txt"));
        byte[] scan = io.fazhi.corpus.ScannedPdfs.of(text.substring(0, 1200), "-");
        String pingshi = DevTokens.mint("township", "411330107");

        var answer = given().auth()
                .oauth2(pingshi)
                .multiPart("file", "平氏镇扫描件.pdf", scan, "application/pdf")
                .post("/api/v1/reports")
                .then()
                .statusCode(anyOf(equalTo(201), equalTo(202)))
                .extract();
        String scanned;
        if (answer.statusCode() == 202) {
            String status = answer.header("Location");
            assertThat(status).startsWith("/api/v1/reports/scans/");
            await().atMost(LIMIT)
                    .until(() -> "stored"
                            .equals(given().auth().oauth2(pingshi).get(status).path("state")));
            scanned = given().auth().oauth2(pingshi).get(status).path("reportId");
        } else {
            scanned = answer.path("id");
        }
        given().auth()
                .oauth2(pingshi)
                .get("/api/v1/reports/{id}", scanned)
                .then()
                .statusCode(200)
                .body("township.code", equalTo("411330107"))
                .body("year", equalTo(2024))
                .body("ocrConfidence", org.hamcrest.Matchers.greaterThan(80.0f));
        // Its events followed: metrics-service assessed it.
        String county = DevTokens.mint("county-office", "411330");
        await().atMost(LIMIT)
                .until(() -> given().auth()
                                .oauth2(county)
                                .get("/api/v1/assessments/{id}", scanned)
                                .statusCode()
                        == 200);
        given().auth()
                .oauth2(county)
                .get("/api/v1/assessments/{id}", scanned)
                .then()
                .body("townshipCode", equalTo("411330107"));
    }

    static boolean ocrHere() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    @Order(7)
    void theGatewayServesOneOpenApiDocumentWithEveryServicesOperations() throws Exception {
        String yaml =
                given().get("/openapi.yaml").then().statusCode(200).extract().asString();
        for (String path : List.of(
                "/api/v1/reports:",
                "/api/v1/reports/{id}/versions/{version}/original:",
                "/api/v1/divisions:",
                "/api/v1/assessments/{reportId}:",
                "/api/v1/checklists:",
                "/api/v1/rollups/{place}:",
                "/api/v1/subscriptions:",
                "/api/v1/inbox/stream:",
                "/api/v1/deliveries/{id}/replay:")) {
            assertThat(yaml).as(path).contains(path);
        }
        assertThat(yaml).doesNotContain("x-fazhi-unavailable");
        Path target = Path.of("target/openapi/suite.yaml");
        Files.createDirectories(target.getParent());
        Files.writeString(target, yaml, StandardCharsets.UTF_8);
        given().get("/docs/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/group/upstreams")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.status", equalTo("UP"));
        // Metrics are the operators', on each process's management port, never on a public one.
        given().get("/q/metrics").then().statusCode(404);
        for (String service : new String[] {"GATEWAY", "REPORT_SERVICE", "METRICS_SERVICE", "NOTIFICATION_SERVICE"}) {
            given().baseUri(suite.service(service + "_MANAGEMENT_PORT"))
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
            given().baseUri(suite.service(service + "_PORT"))
                    .get("/q/metrics")
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    @Order(8)
    void theMergedDocumentPassesTheOpenApiLinter() throws Exception {
        // Redocly CLI runs on Node.js; a machine with only a JDK skips this step (CI has Node.js).
        assumeTrue(onPath("npx"), "npx is not installed");
        Path document = Path.of("target/openapi/suite.yaml").toAbsolutePath();
        Path config = suite.root.resolve("gateway/redocly.yaml");
        Process lint = new ProcessBuilder(
                        "npx",
                        "--yes",
                        "@redocly/cli@2.77.0",
                        "lint",
                        "--config",
                        config.toString(),
                        document.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
        System.out.println(output);
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
