package io.fazhi.report.api;

import static io.fazhi.local.KafkaTestClient.header;
import static io.fazhi.report.api.ReportApiFixture.NANSONG;
import static io.fazhi.report.api.ReportApiFixture.PINGSHI;
import static io.fazhi.report.api.ReportApiFixture.as;
import static io.fazhi.report.api.ReportApiFixture.nansong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.fazhi.corpus.ScannedPdfs;
import io.fazhi.events.Topics;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.fazhi.report.extract.TestDocuments;
import io.fazhi.report.extract.TextExtractor;
import io.fazhi.report.parse.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scans through the API: answered 202 with a status link while OCR reads them (the test profile
 * waits 1 s, less than any page takes), stored under their sender's identity with their events, or
 * refused in their status; a scan whose reader died is read again; the bounds hold.
 */
@QuarkusTest
class ScanSubmissionTest {

    /** The first page of each report, drawn as a scan: one page keeps OCR to a few seconds. */
    private static final String NANSONG_PAGE = firstPage(Samples.text("nansong-2024.txt"));

    private static final String PINGSHI_PAGE = firstPage(Samples.text("pingshi-2024.txt"));

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    io.fazhi.report.ingest.ScanReadings readings;

    @BeforeEach
    void ocrIsHere() {
        assumeTrue(TextExtractor.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        assumeTrue(ScannedPdfs.chineseFont().isPresent(), "no font draws Chinese here: install fonts-wqy-microhei");
    }

    @Test
    void oneScanSentFourTimesAtOnceWithOneKeyIsWrittenDownOnce() throws Exception {
        ReportApiFixture.forget(db, NANSONG);
        byte[] scan = ScannedPdfs.of(NANSONG_PAGE, "2025年1月9日");
        String key = ReportApiFixture.key();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> postScan(nansong().header("Idempotency-Key", key), scan)
                        .then()
                        .extract()
                        .statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isIn(201, 202);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestDatabase.count(db, "SELECT count(*) FROM scan_submission WHERE idempotency_key = ?", key))
                .isEqualTo(1);
    }

    @Test
    void aScanIsAnswered202ThenStoredWithItsEventsUnderItsSendersIdentity() {
        ReportApiFixture.forget(db, NANSONG);
        byte[] scan = ScannedPdfs.of(NANSONG_PAGE, "2025年1月9日");
        String key = ReportApiFixture.key();

        ExtractableResponse<Response> accepted = postScan(nansong().header("Idempotency-Key", key), scan)
                .then()
                .statusCode(202)
                .header("Location", startsWith("/api/v1/reports/scans/"))
                .header("Retry-After", "10")
                .body("state", equalTo("reading"))
                .body("fileName", equalTo("scan.pdf"))
                .extract();
        String status = accepted.header("Location");
        assertThat(accepted.path("statusUrl").toString()).isEqualTo(status);
        // The sender's retry while it is read is the same scan, not a second one.
        int retry = postScan(nansong().header("Idempotency-Key", key), scan)
                .then()
                .extract()
                .statusCode();
        assertThat(retry).isIn(201, 202);

        // Only its sender follows it; the county office and another township are told it does not exist.
        as("county-office", "140404").get(status).then().statusCode(404);
        as("township", PINGSHI).get(status).then().statusCode(404);

        String reportId = awaitState(nansong(), status, "stored").path("reportId");
        nansong()
                .get(status)
                .then()
                .body("version", equalTo(1))
                .body("reportUrl", equalTo("/api/v1/reports/" + reportId));
        nansong()
                .get("/api/v1/reports/{id}", reportId)
                .then()
                .statusCode(200)
                .body("township.code", equalTo(NANSONG))
                .body("year", equalTo(2024))
                .body("mediaType", equalTo("application/pdf"))
                .body("ocrConfidence", org.hamcrest.Matchers.greaterThan(80.0f))
                .body(
                        "warnings",
                        hasItem(startsWith("the text was read by OCR (Tesseract, chi_sim) with a mean confidence of")));
        byte[] original = nansong()
                .get("/api/v1/reports/{id}/versions/1/original", reportId)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(Arrays.equals(original, scan))
                .as("the scan kept byte for byte")
                .isTrue();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            assertThat(kafka.readUntil(
                            Topics.REPORTS,
                            read -> read.stream()
                                    .anyMatch(r -> reportId.equals(header(r, "ce_subject"))
                                            && "report.submitted".equals(header(r, "ce_type"))),
                            Duration.ofMinutes(1)))
                    .isNotEmpty();
        }
        // A retry after it was stored is answered with the stored version; one version in all.
        postScan(nansong().header("Idempotency-Key", key), scan)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(reportId))
                .body("version", equalTo(1));
        assertThat(TestDatabase.count(db, "SELECT count(*) FROM report_version WHERE report_id = ?::uuid", reportId))
                .isEqualTo(1);
    }

    @Test
    void aBlankScanIsRefusedInItsStatusAndNothingIsStored() {
        ReportApiFixture.State before = ReportApiFixture.State.of(db);
        var response =
                postScan(nansong(), TestDocuments.pdfWithoutText()).then().extract();
        if (response.statusCode() == 202) {
            awaitState(nansong(), response.header("Location"), "refused");
            nansong()
                    .get(response.header("Location").toString())
                    .then()
                    .body("problem.status", equalTo(422))
                    .body("problem.type", equalTo("urn:fazhi:problem:unprocessable"))
                    .body("problem.detail", containsString("OCR read no report text"));
        } else {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.path("detail").toString()).contains("OCR read no report text");
        }
        assertThat(ReportApiFixture.State.of(db))
                .as("no report, no version, no event")
                .isEqualTo(before);
    }

    @Test
    void hostileScansAreRefusedInWordsWithinTheirBoundsWhileTextReportsGoOn() {
        ReportApiFixture.forget(db, PINGSHI);
        ReportApiFixture.State before = ReportApiFixture.State.of(db);
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("a scan of 500 pages", TestDocuments.blankPages(500));
        hostile.put("20000 × 20000 pixels", TestDocuments.pngHeader(20_000, 20_000));
        hostile.put("the image cannot be read", TestDocuments.corruptPng());
        hostile.put("no text", TestDocuments.blankPhoto());
        Map<String, ExtractableResponse<Response>> answers = new LinkedHashMap<>();
        hostile.forEach((refusal, file) ->
                answers.put(refusal, postScan(nansong(), file).then().extract()));

        // While they are queued or read, another township's text report is taken as always.
        ReportApiFixture.postText(as("township", PINGSHI), Samples.text("pingshi-2024.txt"))
                .statusCode(201);

        answers.forEach((refusal, answer) -> {
            if (answer.statusCode() == 202) {
                awaitState(nansong(), answer.header("Location"), "refused");
                nansong()
                        .get(answer.header("Location").toString())
                        .then()
                        .body("problem.status", equalTo(422))
                        .body("problem.detail", containsString(refusal));
            } else {
                assertThat(answer.statusCode()).as(refusal).isEqualTo(422);
                assertThat(answer.path("detail").toString()).contains(refusal);
            }
        });
        assertThat(ReportApiFixture.State.of(db))
                .as("only the text report is stored")
                .isEqualTo(
                        new ReportApiFixture.State(before.reports() + 1, before.versions() + 1, before.events() + 1));
    }

    @Test
    void aScanWhoseReaderDiedIsReadAgainByTheSweep() {
        ReportApiFixture.forget(db, PINGSHI);
        UUID id = UUID.randomUUID();
        // As a replica leaves it when it dies mid-reading: READING, one attempt made, its lease run out.
        insertScan(
                id, PINGSHI, ScannedPdfs.of(PINGSHI_PAGE, "-"), 1, Instant.now().minusSeconds(1));

        String status = "/api/v1/reports/scans/" + id;
        String reportId = awaitState(as("township", PINGSHI), status, "stored").path("reportId");
        as("township", PINGSHI).get(status).then().body("attempts", equalTo(2));
        as("township", PINGSHI).get("/api/v1/reports/{id}", reportId).then().body("township.code", equalTo(PINGSHI));
        assertThat(TestDatabase.count(
                        db,
                        "SELECT count(*) FROM scan_submission WHERE id = ?::uuid AND original IS NULL",
                        id.toString()))
                .as("the queue keeps the outcome, the version keeps the original")
                .isEqualTo(1);
    }

    @Test
    void aScanThatStoppedItsReaderThreeTimesIsRefused() {
        UUID id = UUID.randomUUID();
        insertScan(id, NANSONG, new byte[] {1, 2, 3}, 3, Instant.now().minusSeconds(1));

        awaitState(nansong(), "/api/v1/reports/scans/" + id, "refused");
        nansong()
                .get("/api/v1/reports/scans/" + id)
                .then()
                .body("problem.detail", containsString("stopped its reader 3 times"));
    }

    @Test
    void boundsAreKeptBeforeAnythingIsQueued() {
        long scans = TestDatabase.count(db, "SELECT count(*) FROM scan_submission");
        byte[] scan = ScannedPdfs.of(NANSONG_PAGE, "-");
        // A township sends for another township: refused at once.
        postScan(nansong().multiPart("townshipCode", PINGSHI), scan)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:fazhi:problem:place-forbidden"));
        // Over the scans' limit: 413 from its size; a document with text over 5 MB: 413 too.
        byte[] huge = new byte[41 * 1024 * 1024 + 1];
        System.arraycopy(scan, 0, huge, 0, 8);
        postScan(nansong(), huge).then().statusCode(413).body("detail", containsString("for a scan"));
        byte[] longText =
                (Samples.text("nansong-2024.txt").repeat(800)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        nansong()
                .multiPart("file", "long.txt", longText)
                .post("/api/v1/reports")
                .then()
                .statusCode(413);
        assertThat(TestDatabase.count(db, "SELECT count(*) FROM scan_submission"))
                .isEqualTo(scans);

        // Two large files in memory at once (large-at-once): a third at that moment is told to retry.
        int taken = readings.whileLargeUploadsAllow(() -> readings.whileLargeUploadsAllow(() -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> readings.whileLargeUploadsAllow(() -> 3))
                    .hasMessageContaining("2 large scans are being taken in")
                    .hasMessageContaining("retry");
            return 2;
        }));
        assertThat(taken).isEqualTo(2);
        assertThat(readings.whileLargeUploadsAllow(() -> 1))
                .as("the permits come back")
                .isEqualTo(1);

        // Five of a caller's scans waiting: the sixth is a 429.
        String caller = "township:" + NANSONG;
        UUID[] waiting = new UUID[5];
        try {
            for (int i = 0; i < waiting.length; i++) {
                waiting[i] = UUID.randomUUID();
                insertScan(waiting[i], NANSONG, new byte[] {1}, 0, Instant.now().plusSeconds(3600));
            }
            postScan(nansong(), scan).then().statusCode(429).body("detail", containsString("still being read"));
            assertThat(TestDatabase.count(db, "SELECT count(*) FROM scan_submission"))
                    .isEqualTo(scans + 5);
        } finally {
            TestDatabase.update(
                    db,
                    "DELETE FROM scan_submission WHERE caller_subject = ? AND state = 'READING' AND original = '\\x01'::bytea",
                    caller);
        }
    }

    private static io.restassured.response.Response postScan(RequestSpecification caller, byte[] scan) {
        return caller.multiPart("file", "scan.pdf", scan, "application/pdf").post("/api/v1/reports");
    }

    private static ExtractableResponse<Response> awaitState(RequestSpecification caller, String status, String state) {
        return await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> caller.get(status).then().statusCode(200).extract(), r -> state.equals(r.path("state")));
    }

    private void insertScan(UUID id, String township, byte[] original, int attempts, Instant leaseUntil) {
        TestDatabase.update(
                db,
                "INSERT INTO scan_submission (id, caller_subject, caller_group, caller_place, caller_importer,"
                        + " request_hash, original, state, attempts, lease_until, received_at)"
                        + " VALUES (?::uuid, ?, 'township', ?, false, 'h', ?, 'READING', ?, ?, now())",
                id.toString(),
                "township:" + township,
                township,
                original,
                attempts,
                Timestamp.from(leaseUntil));
    }

    private static String firstPage(String text) {
        return text.replace("### ", "").replace("**", "").substring(0, 1200);
    }
}
