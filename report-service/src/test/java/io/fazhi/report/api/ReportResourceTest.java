package io.fazhi.report.api;

import static io.fazhi.local.KafkaTestClient.header;
import static io.fazhi.report.api.ReportApiFixture.NANSONG;
import static io.fazhi.report.api.ReportApiFixture.PINGSHI;
import static io.fazhi.report.api.ReportApiFixture.as;
import static io.fazhi.report.api.ReportApiFixture.nansong;
import static io.fazhi.report.api.ReportApiFixture.postText;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.fazhi.corpus.WordDocuments;
import io.fazhi.events.EventJson;
import io.fazhi.events.ReportRevised;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.events.Topics;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.report.extract.TestDocuments;
import io.fazhi.report.parse.Samples;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeEach
    void fresh() {
        ReportApiFixture.forget(db, NANSONG);
        ReportApiFixture.forget(db, PINGSHI);
        ReportApiFixture.forget(db, "320681106");
    }

    @Test
    void aTownshipSubmitsPlainTextAndGetsItsParseAndAnEventInTheSameTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String id = postText(
                        nansong().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"),
                        Samples.text("nansong-2024.txt"))
                .statusCode(201)
                .header("Location", startsWith("/api/v1/reports/"))
                .body("version", equalTo(1))
                .body("year", equalTo(2024))
                .body("title", equalTo("中共南宋镇委员会 南宋镇人民政府 关于2024年度法治政府建设情况的报告"))
                .body("issuedOn", equalTo("2025-01-09"))
                .body("township.code", equalTo(NANSONG))
                .body("township.name", equalTo("南宋镇"))
                .body("ocrConfidence", nullValue())
                .body("county.code", equalTo("140404"))
                .body("city.name", equalTo("长治市"))
                .body("province.name", equalTo("山西省"))
                .body(
                        "sections.findAll { it.level == 1 }.kind",
                        contains("basic-info", "measures", "first-responsible"))
                .body("missingContents", contains("shortcomings", "next-year-plan"))
                .extract()
                .path("id");

        // The text as read: what section offsets index into, the same text the event carries.
        String text = nansong()
                .get("/api/v1/reports/{id}/versions/1/text", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .extract()
                .asString();
        int measures = nansong()
                .get("/api/v1/reports/{id}", id)
                .then()
                .extract()
                .path("sections.find { it.kind == 'measures' }.start");
        assertThat(text.substring(measures, measures + 20)).contains("二、法治工作完成情况");
        nansong().get("/api/v1/reports/{id}/versions/9/text", id).then().statusCode(404);

        ConsumerRecord<String, byte[]> event = eventFor(id, "report.submitted");
        assertThat(event.key()).isEqualTo(NANSONG);
        assertThat(EventJson.read(event.value(), ReportSubmitted.class).report().text())
                .isEqualTo(text);
        // The event carries the request's trace (OpenTelemetry, through the outbox), so consumers join it.
        assertThat(KafkaTestClient.header(event, "traceparent")).startsWith("00-" + traceId + "-");
        ReportSubmitted submitted = EventJson.read(event.value(), ReportSubmitted.class);
        assertThat(submitted.report().year()).isEqualTo(2024);
        assertThat(submitted.report().countyCode()).isEqualTo("140404");
        assertThat(submitted.report().text()).contains("南宋镇地处上党区南部");
        assertThat(submitted.report().sections()).extracting(s -> s.kind()).contains("basic-info", "first-responsible");
    }

    @Test
    void gbkBytesWithoutACharsetAreDecodedAndTheOriginalBytesKept() {
        byte[] gbk = Samples.text("nansong-2024.txt").getBytes(Charset.forName("GBK"));
        String id = nansong()
                .contentType("text/plain")
                .body(gbk)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("charset", equalTo("GB18030"))
                .body("township.code", equalTo(NANSONG))
                .extract()
                .path("id");
        byte[] original = nansong()
                .get("/api/v1/reports/{id}/versions/1/original", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain; charset=GB18030"))
                .extract()
                .asByteArray();
        assertThat(original).isEqualTo(gbk);
    }

    @Test
    void aCountyOfficeSubmitsJsonForOneOfItsTownships() {
        given().auth()
                .oauth2(io.fazhi.local.DevTokens.mint("county-office", "411330"))
                .contentType("application/json")
                .body(java.util.Map.of("text", Samples.text("pingshi-2024.txt"), "year", 2024))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("township.code", equalTo(PINGSHI))
                .body("docNumber", equalTo("平发〔2024〕46号"))
                .body(
                        "sections.findAll { it.level == 1 }.kind",
                        contains("measures", "measures", "measures", "measures", "shortcomings", "next-year-plan"))
                .body("sections.find { it.kind == 'shortcomings' }.causesGiven", equalTo(false))
                .body("missingContents", contains("first-responsible"));
    }

    @Test
    void docxAndPdfFilesAreReadByContent() {
        nansong()
                .multiPart(
                        "file",
                        "report.bin",
                        WordDocuments.plain(Samples.text("nansong-2024.txt")),
                        "application/octet-stream")
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("fileName", equalTo("report.bin"))
                .body("township.code", equalTo(NANSONG))
                .body("version", equalTo(1));
        as("township", PINGSHI)
                .multiPart("file", "平氏镇.pdf", TestDocuments.pdf(Samples.text("pingshi-2024.txt")), "application/pdf")
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("year", equalTo(2024))
                .body("yearSource", equalTo("title"))
                .body("docNumber", equalTo("平发〔2024〕46号"));
    }

    @Test
    void anImporterGivesAnEarlierReportItsOriginalDateAndTheReceiptTimeIsKeptBesideIt() {
        java.time.Instant before = java.time.Instant.now();
        String id = given().auth()
                .oauth2(io.fazhi.local.DevTokens.mintImporter("county-office", "140404"))
                .contentType("application/json")
                .body(java.util.Map.of(
                        "text",
                        Samples.text("nansong-2024.txt"),
                        "townshipCode",
                        NANSONG,
                        "submittedAt",
                        "2025-01-10T08:00:00+08:00"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("submittedAt", equalTo("2025-01-10T00:00:00Z"))
                .extract()
                .path("id");
        String received = nansong()
                .get("/api/v1/reports/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("receivedAt");
        assertThat(java.time.Instant.parse(received)).isAfterOrEqualTo(before.minusSeconds(1));
        ReportSubmitted event = EventJson.read(eventFor(id, "report.submitted").value(), ReportSubmitted.class);
        assertThat(event.report().submittedAt()).isEqualTo(java.time.Instant.parse("2025-01-10T00:00:00Z"));

        as("county-office", "140404")
                .contentType("application/json")
                .body(java.util.Map.of(
                        "text",
                        Samples.text("nansong-2024.txt"),
                        "townshipCode",
                        NANSONG,
                        "submittedAt",
                        "2025-01-11T08:00:00Z"))
                .post("/api/v1/reports")
                .then()
                .statusCode(403);
    }

    @Test
    void aFileCarriesItsOriginalDateForAnImporterOnlyAndABadDateIsRefusedWithoutChange() {
        byte[] file = Samples.bytes("nansong-2024.txt");
        ReportApiFixture.State before = ReportApiFixture.State.of(db);
        given().auth()
                .oauth2(io.fazhi.local.DevTokens.mint("township", NANSONG))
                .multiPart("file", "nansong-2024.txt", file, "text/plain")
                .multiPart("submittedAt", "2025-01-10T08:00:00Z")
                .post("/api/v1/reports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("submittedAt"));
        given().auth()
                .oauth2(io.fazhi.local.DevTokens.mintImporter("county-office", "140404"))
                .multiPart("file", "nansong-2024.txt", file, "text/plain")
                .multiPart("submittedAt", "10 January 2025")
                .post("/api/v1/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(ReportApiFixture.State.of(db)).isEqualTo(before);

        given().auth()
                .oauth2(io.fazhi.local.DevTokens.mintImporter("county-office", "140404"))
                .multiPart("file", "nansong-2024.txt", file, "text/plain")
                .multiPart("townshipCode", NANSONG)
                .multiPart("submittedAt", "2025-01-10T08:00:00+08:00")
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("township.code", equalTo(NANSONG))
                .body("fileName", equalTo("nansong-2024.txt"))
                .body("submittedAt", equalTo("2025-01-10T00:00:00Z"));
    }

    @Test
    void anAmbiguousPlaceListsTheCandidatesAndAnOfficeNarrowsThem() {
        as("admin", null)
                .contentType("text/plain; charset=UTF-8")
                .body(Samples.bytes("nanyang-2023.txt"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("township", nullValue())
                .body("year", equalTo(2023))
                .body("placeCandidates.code", containsInAnyOrder("320681106", "320904109"))
                .body("placeCandidates[0].path", startsWith("江苏省"));
        as("county-office", "320681")
                .contentType("text/plain; charset=UTF-8")
                .body(Samples.bytes("nanyang-2023.txt"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("township.code", equalTo("320681106"))
                .body("county.name", equalTo("启东市"));
    }

    @Test
    void aSecondSubmissionIsANewVersionAndEveryVersionStaysReadable() {
        String text = Samples.text("nansong-2024.txt");
        String id = postText(nansong(), text).statusCode(201).extract().path("id");
        String revised = text.replace("普法志愿者 57 名", "普法志愿者 60 名");
        postText(nansong(), revised).statusCode(201).body("id", equalTo(id)).body("version", equalTo(2));

        nansong()
                .get("/api/v1/reports/{id}", id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("currentVersion", equalTo(2));
        nansong()
                .get("/api/v1/reports/{id}/versions", id)
                .then()
                .statusCode(200)
                .body("version", contains(1, 2));
        byte[] first = nansong()
                .get("/api/v1/reports/{id}/versions/1/original", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(text);
        ReportRevised event = EventJson.read(eventFor(id, "report.revised").value(), ReportRevised.class);
        assertThat(event.previousVersion()).isEqualTo(1);
        assertThat(event.report().version()).isEqualTo(2);
    }

    @Test
    void retriesSentAtOnceWithOneKeyStoreTheReportOnceAndAllAnswerIt() throws Exception {
        String key = ReportApiFixture.key();
        String text = Samples.text("nansong-2024.txt");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> nansong()
                        .header("Idempotency-Key", key)
                        .contentType("text/plain; charset=UTF-8")
                        .body(text)
                        .post("/api/v1/reports")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int replayed = 0;
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201);
                assertThat(response.<Integer>path("version")).isEqualTo(1);
                ids.add(response.path("id"));
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertThat(ids).hasSize(1);
            assertThat(replayed).isEqualTo(3);
            nansong()
                    .get("/api/v1/reports/{id}/versions", ids.iterator().next())
                    .then()
                    .statusCode(200)
                    .body("version", contains(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdempotencyKeyMakesARetryReturnTheFirstResult() {
        String key = ReportApiFixture.key();
        String text = Samples.text("nansong-2024.txt");
        String id = nansong()
                .header("Idempotency-Key", key)
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        ReportApiFixture.State before = ReportApiFixture.State.of(db);
        nansong()
                .header("Idempotency-Key", key)
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(id))
                .body("version", equalTo(1));
        assertThat(ReportApiFixture.State.of(db)).isEqualTo(before);
        nansong()
                .header("Idempotency-Key", key)
                .contentType("text/plain; charset=UTF-8")
                .body(text + "补充。")
                .post("/api/v1/reports")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(ReportApiFixture.State.of(db)).isEqualTo(before);
    }

    @Test
    void withdrawingKeepsTheVersionsAndPublishesAnEvent() {
        String id = postText(nansong(), Samples.text("nansong-2024.txt"))
                .statusCode(201)
                .extract()
                .path("id");
        as("county-office", "140404").delete("/api/v1/reports/{id}", id).then().statusCode(403);
        nansong()
                .queryParam("reason", "submitted by mistake")
                .delete("/api/v1/reports/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("withdrawn"));
        nansong().delete("/api/v1/reports/{id}", id).then().statusCode(409);
        as("county-office", "140404")
                .get("/api/v1/reports/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("withdrawn"));
        ReportWithdrawn event = EventJson.read(eventFor(id, "report.withdrawn").value(), ReportWithdrawn.class);
        assertThat(event.reason()).isEqualTo("submitted by mistake");
    }

    @Test
    void listsByPlacePrefixAndYearWithinTheCallersJurisdiction() {
        postText(nansong(), Samples.text("nansong-2024.txt")).statusCode(201);
        as("township", PINGSHI)
                .contentType("text/plain; charset=UTF-8")
                .body(Samples.bytes("pingshi-2024.txt"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201);

        as("city-office", "1404")
                .queryParam("place", "140404")
                .queryParam("year", 2024)
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("items.township.code", contains(NANSONG))
                .body("total", equalTo(1));
        as("admin", null)
                .queryParam("year", 2024)
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("items.township.code", hasItem(PINGSHI));
        as("county-office", "411330")
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("items.township.code", contains(PINGSHI));
        as("county-office", "411330")
                .queryParam("place", "14")
                .get("/api/v1/reports")
                .then()
                .statusCode(403);
        as("admin", null)
                .queryParam("place", "14x")
                .get("/api/v1/reports")
                .then()
                .statusCode(400);
        as("admin", null).queryParam("size", 1000).get("/api/v1/reports").then().statusCode(400);
    }

    @Test
    void nobodyReadsAReportOutsideTheirJurisdiction() {
        String id = postText(nansong(), Samples.text("nansong-2024.txt"))
                .statusCode(201)
                .extract()
                .path("id");
        for (var outsider :
                List.of(as("township", "140404108"), as("county-office", "411330"), as("city-office", "1405"))) {
            outsider.get("/api/v1/reports/{id}", id).then().statusCode(404).contentType("application/problem+json");
        }
        as("county-office", "411330")
                .get("/api/v1/reports/{id}/versions", id)
                .then()
                .statusCode(404);
        as("county-office", "411330")
                .get("/api/v1/reports/{id}/versions/1/original", id)
                .then()
                .statusCode(404);
        as("county-office", "411330")
                .get("/api/v1/reports/{id}/versions/1/text", id)
                .then()
                .statusCode(404);
        as("county-office", "411330").delete("/api/v1/reports/{id}", id).then().statusCode(404);
        as("province-office", "14").get("/api/v1/reports/{id}", id).then().statusCode(200);
        given().get("/api/v1/reports/{id}", id).then().statusCode(401);
    }

    private ConsumerRecord<String, byte[]> eventFor(String reportId, String type) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            return kafka
                    .readUntil(
                            Topics.REPORTS,
                            read -> read.stream().anyMatch(r -> matches(r, reportId, type)),
                            Duration.ofMinutes(1))
                    .stream()
                    .filter(r -> matches(r, reportId, type))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, String reportId, String type) {
        return reportId.equals(header(record, "ce_subject")) && type.equals(header(record, "ce_type"));
    }
}
