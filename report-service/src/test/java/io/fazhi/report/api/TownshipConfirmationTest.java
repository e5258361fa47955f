package io.fazhi.report.api;

import static io.fazhi.local.KafkaTestClient.header;
import static io.fazhi.report.api.ReportApiFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.EventJson;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.events.Topics;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.fazhi.report.parse.Samples;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A report whose text fits two 南阳镇 (启东市 320681106, 大丰区 320904109) is stored unlocated, seen
 * by the offices of both candidates and by no one else, and flows on once one office confirms it.
 */
@QuarkusTest
class TownshipConfirmationTest {

    static final String QIDONG_NANYANG = "320681106";
    static final String DAFENG_NANYANG = "320904109";

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeEach
    void fresh() {
        ReportApiFixture.forget(db, QIDONG_NANYANG);
    }

    @Test
    void anUnlocatedReportIsSeenByTheOfficesOfItsCandidatesAndFlowsOnOnceConfirmed() {
        String id = unlocated();
        assertThat(events(id)).as("no event while the township is unknown").isZero();

        for (String office : new String[] {"320681", "320904", "32"}) {
            String group = office.length() == 2 ? "province-office" : "county-office";
            as(group, office)
                    .queryParam("needsTownship", true)
                    .get("/api/v1/reports")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));
            as(group, office)
                    .get("/api/v1/reports/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("needsTownship", equalTo(true));
        }
        as("county-office", "140404")
                .queryParam("needsTownship", true)
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("county-office", "140404").get("/api/v1/reports/{id}", id).then().statusCode(404);
        as("township", QIDONG_NANYANG).get("/api/v1/reports/{id}", id).then().statusCode(404);

        as("county-office", "320681")
                .contentType("application/json")
                .body(Map.of("townshipCode", QIDONG_NANYANG))
                .put("/api/v1/reports/{id}/township", id)
                .then()
                .statusCode(200)
                .body("needsTownship", equalTo(false))
                .body("township.code", equalTo(QIDONG_NANYANG))
                .body("county.name", equalTo("启东市"))
                .body("warnings", hasItem("township confirmed as 南阳镇 (320681106) by county-office 320681"));

        ReportSubmitted event = EventJson.read(submittedEvent(id).value(), ReportSubmitted.class);
        assertThat(event.report().township().code()).isEqualTo(QIDONG_NANYANG);
        assertThat(event.report().countyCode()).isEqualTo("320681");
        assertThat(event.report().year()).isEqualTo(2023);
        assertThat(events(id)).isEqualTo(1);

        as("county-office", "320904").get("/api/v1/reports/{id}", id).then().statusCode(404);
        as("township", QIDONG_NANYANG)
                .get("/api/v1/reports/{id}", id)
                .then()
                .statusCode(200)
                .body("township.code", equalTo(QIDONG_NANYANG));
        as("county-office", "320681")
                .contentType("application/json")
                .body(Map.of("townshipCode", QIDONG_NANYANG))
                .put("/api/v1/reports/{id}/township", id)
                .then()
                .statusCode(409);
    }

    @Test
    void anOfficeConfirmsOnlyATownshipItCoversAndATownshipConfirmsNothing() {
        String id = unlocated();

        confirm(as("county-office", "320904"), id, QIDONG_NANYANG)
                .statusCode(403)
                .body("detail", equalTo("place 320681106 is outside the jurisdiction of county-office 320904"));
        confirm(as("county-office", "140404"), id, "140404107").statusCode(404);
        confirm(as("township", QIDONG_NANYANG), id, QIDONG_NANYANG).statusCode(403);
        confirm(as("county-office", "320681"), id, "999999999")
                .statusCode(400)
                .body("errors.field", hasItem("townshipCode"));
        confirm(as("county-office", "320681"), id, "320681").statusCode(400);
        confirm(as("county-office", "320681"), UUID.randomUUID().toString(), QIDONG_NANYANG)
                .statusCode(404);
        as("county-office", "320681")
                .contentType("application/json")
                .body("{\"townshipCode\":")
                .put("/api/v1/reports/{id}/township", id)
                .then()
                .statusCode(400);

        as("admin", null)
                .get("/api/v1/reports/{id}", id)
                .then()
                .statusCode(200)
                .body("needsTownship", equalTo(true))
                .body("township", nullValue());
        assertThat(events(id)).isZero();
        assertThat(TestDatabase.count(db, "SELECT count(*) FROM report_candidate WHERE report_id = ?::uuid", id))
                .isEqualTo(2);
    }

    @Test
    void anUnlocatedReportWithdrawnByAdminLeavesNoEventAndCannotBeConfirmed() {
        String id = unlocated();
        as("admin", null)
                .delete("/api/v1/reports/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("withdrawn"));
        assertThat(events(id)).isZero();
        confirm(as("county-office", "320681"), id, QIDONG_NANYANG).statusCode(409);
    }

    @Test
    void aTownshipThatAlreadyHasItsReportForTheYearIsNotGivenASecond() {
        as("county-office", "320681")
                .contentType("text/plain; charset=UTF-8")
                .body(Samples.bytes("nanyang-2023.txt"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("township.code", equalTo(QIDONG_NANYANG));
        String id = unlocated();

        confirm(as("county-office", "320681"), id, QIDONG_NANYANG).statusCode(409);
        as("admin", null).get("/api/v1/reports/{id}", id).then().statusCode(200).body("needsTownship", equalTo(true));
    }

    private String unlocated() {
        return as("admin", null)
                .contentType("text/plain; charset=UTF-8")
                .body(Samples.bytes("nanyang-2023.txt"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("needsTownship", equalTo(true))
                .body("township", nullValue())
                .extract()
                .path("id");
    }

    private static io.restassured.response.ValidatableResponse confirm(
            io.restassured.specification.RequestSpecification caller, String id, String code) {
        return caller.contentType("application/json")
                .body(Map.of("townshipCode", code))
                .put("/api/v1/reports/{id}/township", id)
                .then();
    }

    private long events(String id) {
        return TestDatabase.count(db, "SELECT count(*) FROM outbox_event WHERE subject = ?", id);
    }

    private ConsumerRecord<String, byte[]> submittedEvent(String reportId) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            return kafka
                    .readUntil(
                            Topics.REPORTS,
                            read -> read.stream().anyMatch(r -> matches(r, reportId)),
                            Duration.ofMinutes(1))
                    .stream()
                    .filter(r -> matches(r, reportId))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, String reportId) {
        return reportId.equals(header(record, "ce_subject")) && "report.submitted".equals(header(record, "ce_type"));
    }
}
