package io.fazhi.metrics.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.EventJson;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.local.DevTokens;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.fazhi.metrics.SampleEvents;
import io.fazhi.metrics.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadlineWatchTest {

    /** Reporting year 2034 (checked in 2035): no other test submits for it. */
    private static final int YEAR = 2034;

    @Inject
    DeadlineWatch watch;

    @Inject
    DueDates dueDates;

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void warnsBeforeTheDueDateThenReportsOverdueOnceEachListingOnlyTownshipsThatHaveNotSubmitted() throws Exception {
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/json")
                .body(Map.of("day", "--03-10"))
                .put("/api/v1/assessments/due-dates/140404")
                .then()
                .statusCode(200)
                .body("140404", equalTo("--03-10"));
        assertThat(dueDates.dueFor("140404107", YEAR)).isEqualTo(LocalDate.of(2035, 3, 10));
        assertThat(dueDates.dueFor("411330107", YEAR)).isEqualTo(LocalDate.of(2035, 3, 31));

        ReportSnapshot r = SampleEvents.report("nansong-2024");
        ReportSnapshot in2034 = new ReportSnapshot(
                "r-" + UUID.randomUUID(),
                1,
                YEAR,
                r.township(),
                r.countyCode(),
                r.title(),
                null,
                null,
                Instant.parse("2035-01-05T00:00:00Z"),
                r.text(),
                r.sections(),
                List.of());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(TestEvents.record(new ReportSubmitted(in2034)));
        }
        await().atMost(Duration.ofMinutes(2))
                .until(() ->
                        TestDatabase.count(db, "SELECT count(*) FROM assessment WHERE report_id = ?", in2034.reportId())
                                == 1);

        assertThat(watch.check(LocalDate.of(2035, 2, 1), "140404"))
                .as("too early")
                .isZero();
        assertThat(watch.check(LocalDate.of(2035, 3, 5), "140404")).isEqualTo(1);
        assertThat(watch.check(LocalDate.of(2035, 3, 6), "140404"))
                .as("once per year")
                .isZero();
        assertThat(watch.check(LocalDate.of(2035, 3, 11), "140404")).isEqualTo(1);

        List<ComplianceAlert> alerts = alerts("140404", YEAR);
        assertThat(alerts).extracting(a -> a.kind().wire()).containsExactly("deadline-approaching", "overdue");
        assertThat(alerts.get(0).townshipCodes())
                .isNotEmpty()
                .doesNotContain("140404107")
                .allMatch(c -> c.startsWith("140404"));
        assertThat(alerts.get(1).message()).contains("上党区").contains("逾期");
    }

    @Test
    void onlyAdministratorsSetDueDatesAndBadOnesAreRefused() {
        given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .contentType("application/json")
                .body(Map.of("day", "--03-01"))
                .put("/api/v1/assessments/due-dates/140404")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/json")
                .body(Map.of("day", "--13-45"))
                .put("/api/v1/assessments/due-dates/14")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/json")
                .body(Map.of("day", "March"))
                .put("/api/v1/assessments/due-dates/14")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("day"));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/json")
                .body(Map.of("day", "--03-01"))
                .put("/api/v1/assessments/due-dates/140404107")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/json")
                .body(Map.of("day", "--03-01"))
                .put("/api/v1/assessments/due-dates/999999")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("place"));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .delete("/api/v1/assessments/due-dates/53")
                .then()
                .statusCode(404);
        given().get("/api/v1/assessments/due-dates").then().statusCode(401);
    }

    private List<ComplianceAlert> alerts(String county, int year) throws Exception {
        List<ComplianceAlert> alerts = new ArrayList<>();
        try (var c = db.getConnection();
                var s = c.prepareStatement(
                        "SELECT payload FROM outbox_event WHERE event_type = 'compliance.alert' AND event_key = ? ORDER BY seq")) {
            s.setString(1, county);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ComplianceAlert alert =
                            EventJson.read(rs.getString(1).getBytes(StandardCharsets.UTF_8), ComplianceAlert.class);
                    if (alert.year() == year && alert.reportId() == null) {
                        alerts.add(alert);
                    }
                }
            }
        }
        return alerts;
    }
}
