package io.fazhi.metrics.consume;

import static io.fazhi.local.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.EventJson;
import io.fazhi.events.EventType;
import io.fazhi.events.ReportAssessed;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.events.Topics;
import io.fazhi.local.DevTokens;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.fazhi.metrics.SampleEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** From report.submitted on the real broker to the stored assessment, its API and its events. */
@QuarkusTest
class AssessmentFlowTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void nansongIsAssessedWithEvidenceIndicatorsAndAMissingSectionAlertInTheReportsTrace() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        String reportId = submit("nansong-2024", "00-" + traceId + "-b7ad6b7169203331-01");
        await().atMost(LIMIT).until(() -> assessed(reportId) == 1);

        given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .get("/api/v1/assessments/{id}", reportId)
                .then()
                .statusCode(200)
                .body("townshipCode", equalTo("140404107"))
                .body("checklistId", equalTo("plan-2021-2025"))
                .body("requiredContents.missing", contains("shortcomings", "next-year-plan"))
                .body("items.find { it.id == 'p4.five-steps' }.grade", equalTo("specific"))
                .body(
                        "items.find { it.id == 'p4.legal-adviser' }.evidence.text",
                        hasItem(org.hamcrest.Matchers.containsString("吴明星律师")))
                .body("indicators.find { it.kind == 'disputes-found' }.value", equalTo(74.0f))
                .body("timeliness.late", equalTo(false))
                .body("status", equalTo("current"));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            ReportAssessed assessed = EventJson.read(
                    first(kafka, Topics.ASSESSMENTS, reportId, "report.assessed")
                            .value(),
                    ReportAssessed.class);
            assertThat(assessed.townshipCode()).isEqualTo("140404107");
            assertThat(assessed.missingContents()).containsExactly("shortcomings", "next-year-plan");
            ConsumerRecord<String, byte[]> alert = kafka
                    .readUntil(
                            Topics.ALERTS,
                            read -> read.stream().anyMatch(r -> isAlert(r, reportId, "missing-section")),
                            LIMIT)
                    .stream()
                    .filter(r -> isAlert(r, reportId, "missing-section"))
                    .findFirst()
                    .orElseThrow();
            assertThat(alert.key()).isEqualTo("140404");
            // The consumer continued report-service's trace, and the outbox passed it on.
            assertThat(KafkaTestClient.header(alert, "traceparent")).startsWith("00-" + traceId + "-");
            assertThat(EventJson.read(alert.value(), ComplianceAlert.class).message())
                    .contains("存在的不足和原因");
        }
    }

    @Test
    void evidenceTextsAreStoredOnceInTheSnapshotAndShownWithEveryPassage() {
        String reportId = submit("pingshi-2024");
        await().atMost(LIMIT).until(() -> assessed(reportId) == 1);
        String passages = """
                SELECT count(*) FROM assessment a, jsonb_array_elements(a.body::jsonb -> 'items') i,
                  jsonb_array_elements((i -> 'evidence') || (i -> 'notAchievements')) e
                WHERE a.report_id = ?""";
        assertThat(TestDatabase.count(db, passages, reportId)).isGreaterThan(5);
        assertThat(TestDatabase.count(db, passages + " AND jsonb_exists(e, 'text')", reportId))
                .isZero();

        var body = given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .get("/api/v1/assessments/{id}", reportId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> shown = new ArrayList<>();
        body.<List<Map<String, Object>>>getList("items.evidence").forEach(shown::addAll);
        body.<List<Map<String, Object>>>getList("items.notAchievements").forEach(shown::addAll);
        String text = SampleEvents.report("pingshi-2024").text();
        assertThat(shown).hasSize((int) TestDatabase.count(db, passages, reportId));
        assertThat(shown)
                .allSatisfy(passage -> assertThat(passage.get("text"))
                        .isEqualTo(text.substring((Integer) passage.get("start"), (Integer) passage.get("end"))
                                .strip()));
        assertThat(shown)
                .allSatisfy(passage -> assertThat((String) passage.get("text")).isNotBlank());
    }

    @Test
    void aLateReportRaisesALateAlert() {
        String reportId = submit("nanyang-2023"); // submitted 2024-04-15, due 2024-03-31
        await().atMost(LIMIT).until(() -> assessed(reportId) == 1);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .get("/api/v1/assessments/{id}", reportId)
                .then()
                .statusCode(200)
                .body("timeliness.daysLate", equalTo(15))
                .body("timeliness.dueDate", equalTo("2024-03-31"));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            assertThat(kafka.readUntil(
                            Topics.ALERTS, read -> read.stream().anyMatch(r -> isAlert(r, reportId, "late")), LIMIT))
                    .isNotEmpty();
        }
    }

    @Test
    void aRedeliveredEventIsAssessedOnceAndAWithdrawalWithdrawsTheAssessment() {
        ReportSnapshot report = withId(SampleEvents.report("pingshi-2024"), "r-" + UUID.randomUUID());
        ProducerRecord<String, byte[]> event = record(new ReportSubmitted(report), "ev-" + UUID.randomUUID());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(event);
            kafka.send(event);
            ReportWithdrawn withdrawn =
                    new ReportWithdrawn(report.reportId(), 1, 2024, "411330107", "411330", Instant.now(), "mistake");
            kafka.send(record(withdrawn, "ev-" + UUID.randomUUID()));
        }
        await().atMost(LIMIT)
                .until(() -> TestDatabase.count(
                                db,
                                "SELECT count(*) FROM assessment WHERE report_id = ? AND status = 'withdrawn'",
                                report.reportId())
                        == 1);
        assertThat(assessed(report.reportId())).isEqualTo(1);
        assertThat(TestDatabase.count(
                        db,
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'report.assessed' AND subject = ?",
                        report.reportId()))
                .isEqualTo(1);
        given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .get("/api/v1/assessments/{id}", report.reportId())
                .then()
                .statusCode(200)
                .body("status", equalTo("withdrawn"));
    }

    @Test
    void nobodyReadsAnAssessmentOutsideTheirJurisdiction() {
        String reportId = submit("pingshi-2024");
        await().atMost(LIMIT).until(() -> assessed(reportId) == 1);
        for (String[] outsider :
                List.of(new String[] {"county-office", "140404"}, new String[] {"township", "411330108"}, new String[] {
                    "city-office", "1404"
                })) {
            given().auth()
                    .oauth2(DevTokens.mint(outsider[0], outsider[1]))
                    .get("/api/v1/assessments/{id}", reportId)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(DevTokens.mint("township", "411330107"))
                .get("/api/v1/assessments/{id}", reportId)
                .then()
                .statusCode(200);
        given().get("/api/v1/assessments/{id}", reportId).then().statusCode(401);
        given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .queryParam("place", "411330")
                .get("/api/v1/assessments")
                .then()
                .statusCode(403);
    }

    @Test
    void listsCurrentAssessmentsAsJsonOrCsv() {
        String reportId = submit("pingshi-2024");
        await().atMost(LIMIT).until(() -> assessed(reportId) == 1);
        given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .queryParam("year", 2024)
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .body("items.reportId", hasItem(reportId));
        String csv = given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .accept("text/csv")
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv).contains("reportId,version,townshipCode").contains(reportId + ",1,411330107,2024");
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("place", "41x")
                .get("/api/v1/assessments")
                .then()
                .statusCode(400);
    }

    @Test
    void aReportCopiedFromAnotherTownshipIsFlaggedWithThePassagesItShares() {
        String original = submit("pingshi-2024");
        await().atMost(LIMIT).until(() -> assessed(original) == 1);
        ReportSnapshot source = SampleEvents.report("pingshi-2024");
        ReportSnapshot copy = new ReportSnapshot(
                "r-" + UUID.randomUUID(),
                1,
                source.year(),
                new io.fazhi.events.PlaceRef("411330108", "淮源镇"),
                "411330",
                source.title(),
                null,
                null,
                source.submittedAt(),
                SampleEvents.copiedByAnotherTownship(source.text()),
                source.sections(),
                List.of());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(record(new ReportSubmitted(copy), "ev-" + UUID.randomUUID()));
        }
        await().atMost(LIMIT).until(() -> assessed(copy.reportId()) == 1);
        given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .get("/api/v1/assessments/{id}", copy.reportId())
                .then()
                .statusCode(200)
                .body("reuse.otherReportId", hasItem(original))
                .body("reuse.find { it.otherReportId == '" + original + "' }.otherTownshipCode", equalTo("411330107"));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            assertThat(kafka.readUntil(
                            Topics.ALERTS,
                            read -> read.stream().anyMatch(r -> isAlert(r, copy.reportId(), "template-reuse")),
                            LIMIT))
                    .isNotEmpty();
        }
    }

    @Test
    void aRecordThatIsNotAReportEventGoesToTheDeadLetterTopicAndTheNextReportIsStillAssessed() {
        String poison = "poison-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            // No CloudEvents headers, not JSON: the channel's copies must all route it to the DLQ.
            kafka.send(new ProducerRecord<>(Topics.REPORTS, "140404107", poison.getBytes(StandardCharsets.UTF_8)));
            String next = submit("nansong-2024");
            assertThat(kafka.readUntil(
                            Topics.REPORTS + ".dlq",
                            read -> read.stream()
                                    .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).equals(poison)),
                            LIMIT))
                    .isNotEmpty();
            await().atMost(LIMIT).until(() -> assessed(next) == 1);
        }
    }

    @Test
    void anAdministratorReassessesAPlaceFromTheStoredReportVersions() {
        String reportId = submit("pingshi-2024");
        await().atMost(LIMIT).until(() -> assessed(reportId) == 1);
        long before = TestDatabase.count(
                db, "SELECT count(*) FROM outbox_event WHERE event_type = 'report.assessed' AND subject = ?", reportId);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("place", "411330")
                .queryParam("year", 2024)
                .post("/api/v1/assessments/reassess")
                .then()
                .statusCode(200)
                .body("reassessed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertThat(TestDatabase.count(
                        db,
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'report.assessed' AND subject = ?",
                        reportId))
                .isEqualTo(before + 1);
        given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .get("/api/v1/assessments/{id}", reportId)
                .then()
                .statusCode(200)
                .body("items.find { it.id == 'p4.five-steps' }", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .queryParam("place", "411330")
                .post("/api/v1/assessments/reassess")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("place", "4x")
                .post("/api/v1/assessments/reassess")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .post("/api/v1/assessments/reassess")
                .then()
                .statusCode(400);
    }

    @Test
    void checklistsAreReadableByEveryCaller() {
        given().auth()
                .oauth2(DevTokens.mint("township", "140404107"))
                .get("/api/v1/checklists")
                .then()
                .statusCode(200)
                .body("[0].id", equalTo("plan-2021-2025"))
                .body("[0].parts", equalTo(10));
        given().auth()
                .oauth2(DevTokens.mint("township", "140404107"))
                .get("/api/v1/checklists/plan-2021-2025")
                .then()
                .statusCode(200)
                .body("parts[3].items[0].id", equalTo("p4.five-steps"));
        given().auth()
                .oauth2(DevTokens.mint("township", "140404107"))
                .get("/api/v1/checklists/none")
                .then()
                .statusCode(404);
    }

    private String submit(String sample) {
        return submit(sample, null);
    }

    /** Sends the sample's report.submitted, with report-service's trace context when one is given. */
    private String submit(String sample, String traceparent) {
        ReportSnapshot report = withId(SampleEvents.report(sample), "r-" + UUID.randomUUID());
        var record = record(new ReportSubmitted(report), "ev-" + UUID.randomUUID());
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(record);
        }
        return report.reportId();
    }

    private long assessed(String reportId) {
        return TestDatabase.count(db, "SELECT count(*) FROM assessment WHERE report_id = ?", reportId);
    }

    private static ReportSnapshot withId(ReportSnapshot r, String id) {
        return new ReportSnapshot(
                id,
                r.version(),
                r.year(),
                r.township(),
                r.countyCode(),
                r.title(),
                r.docNumber(),
                r.issuedOn(),
                r.submittedAt(),
                r.text(),
                r.sections(),
                r.warnings());
    }

    private static ProducerRecord<String, byte[]> record(io.fazhi.events.EventPayload payload, String id) {
        return io.fazhi.metrics.TestEvents.record(payload, id);
    }

    private static ConsumerRecord<String, byte[]> first(
            KafkaTestClient kafka, String topic, String subject, String type) {
        return kafka.readUntil(topic, read -> read.stream().anyMatch(r -> is(r, subject, type)), LIMIT).stream()
                .filter(r -> is(r, subject, type))
                .findFirst()
                .orElseThrow();
    }

    private static boolean is(ConsumerRecord<String, byte[]> r, String subject, String type) {
        return subject.equals(header(r, "ce_subject")) && type.equals(header(r, "ce_type"));
    }

    private static boolean isAlert(ConsumerRecord<String, byte[]> r, String reportId, String kind) {
        if (!EventType.COMPLIANCE_ALERT.type().equals(header(r, "ce_type"))) {
            return false;
        }
        ComplianceAlert alert = EventJson.read(r.value(), ComplianceAlert.class);
        return reportId.equals(alert.reportId()) && kind.equals(alert.kind().wire());
    }
}
