package io.fazhi.metrics.rollup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.local.DevTokens;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.fazhi.metrics.SampleEvents;
import io.fazhi.metrics.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RollupResourceTest {

    /** A year no other test uses, so the counts below are this class's own. */
    private static final int YEAR = 2031;

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static boolean submitted;

    @BeforeAll
    static void reset() {
        submitted = false;
    }

    private void submitOnce() {
        if (submitted) {
            return;
        }
        // 上党区's due day, whatever another test left: 31 March.
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/json")
                .body(java.util.Map.of("day", "--03-31"))
                .put("/api/v1/assessments/due-dates/140404")
                .then()
                .statusCode(200);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            for (String sample : new String[] {"nansong-2024", "pingshi-2024"}) {
                ReportSnapshot r = SampleEvents.report(sample);
                ReportSnapshot inYear = new ReportSnapshot(
                        "r-" + UUID.randomUUID(),
                        1,
                        YEAR,
                        r.township(),
                        r.countyCode(),
                        r.title(),
                        r.docNumber(),
                        r.issuedOn(),
                        java.time.Instant.parse((YEAR + 1) + "-05-01T00:00:00Z"),
                        r.text(),
                        r.sections(),
                        r.warnings());
                kafka.send(TestEvents.record(new ReportSubmitted(inYear)));
            }
            // 韩店街道 of the same county, eleven days before the due date (31 March, China's calendar).
            ReportSnapshot r = SampleEvents.report("nansong-2024");
            kafka.send(TestEvents.record(new ReportSubmitted(new ReportSnapshot(
                    "r-" + UUID.randomUUID(),
                    1,
                    YEAR,
                    new io.fazhi.events.PlaceRef("140404001", "韩店街道"),
                    r.countyCode(),
                    r.title(),
                    r.docNumber(),
                    r.issuedOn(),
                    java.time.Instant.parse((YEAR + 1) + "-03-20T02:00:00Z"),
                    r.text(),
                    r.sections(),
                    r.warnings()))));
        }
        await().atMost(Duration.ofMinutes(2))
                .until(() -> TestDatabase.count(db, "SELECT count(*) FROM assessment WHERE year = ?", YEAR) == 3);
        submitted = true;
    }

    @Test
    void aCountyViewListsEveryTownshipSubmittedOrNot() {
        submitOnce();
        given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/140404")
                .then()
                .statusCode(200)
                .body("level", equalTo("county"))
                .body("name", equalTo("上党区"))
                .body("submitted", equalTo(2))
                .body("late", equalTo(1))
                .body("dueDate", equalTo((YEAR + 1) + "-03-31"))
                .body("expected", greaterThanOrEqualTo(10))
                .body("townships.find { it.code == '140404107' }.submitted", equalTo(true))
                .body("townships.find { it.code == '140404107' }.daysLate", equalTo(31))
                .body("townships.find { it.code == '140404107' }.daysEarly", equalTo(0))
                .body("townships.find { it.code == '140404001' }.daysLate", equalTo(0))
                .body("townships.find { it.code == '140404001' }.daysEarly", equalTo(11))
                .body("townships.find { it.code == '140404107' }.missingContents", hasItem("shortcomings"))
                .body("townships.find { it.code == '140404107' }.partScores.p4", notNullValue())
                .body("townships.findAll { !it.submitted }.size()", greaterThanOrEqualTo(8));
    }

    @Test
    void aProvinceViewCountsPerCityAndTheNationPerProvince() {
        submitOnce();
        given().auth()
                .oauth2(DevTokens.mint("province-office", "41"))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/41")
                .then()
                .statusCode(200)
                .body("level", equalTo("province"))
                .body("children.find { it.code == '4113' }.submitted", equalTo(1))
                .body("children.find { it.code == '4113' }.name", equalTo("南阳市"))
                .body("weakestParts.size()", equalTo(3));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/CN")
                .then()
                .statusCode(200)
                .body("children", hasSize(31))
                .body("submitted", equalTo(3))
                .body("expected", equalTo(41352));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("from", YEAR - 1)
                .queryParam("to", YEAR)
                .get("/api/v1/rollups/14/trend")
                .then()
                .statusCode(200)
                .body("submitted", org.hamcrest.Matchers.contains(0, 2));
    }

    @Test
    void rollupsComeAsCsvToo() {
        submitOnce();
        String csv = given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .accept("text/csv")
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/140404")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains("code,name,submitted").contains("140404107,南宋镇,true");
    }

    @Test
    void rollupsArePlaceCheckedAndValidated() {
        given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/411330")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/CN")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.mint("city-office", "1404"))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/14")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .get("/api/v1/rollups/14")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/1x")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("year", YEAR)
                .get("/api/v1/rollups/999999")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .queryParam("from", 2030)
                .queryParam("to", 2020)
                .get("/api/v1/rollups/14/trend")
                .then()
                .statusCode(400);
        given().queryParam("year", YEAR).get("/api/v1/rollups/140404").then().statusCode(401);
    }
}
