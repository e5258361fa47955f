package io.fazhi.report.api;

import static io.restassured.RestAssured.given;

import io.fazhi.local.DevTokens;
import io.fazhi.local.TestDatabase;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;

/** Callers and state probes shared by the report API tests. */
final class ReportApiFixture {

    static final String NANSONG = "140404107";
    static final String PINGSHI = "411330107";

    private ReportApiFixture() {}

    static RequestSpecification as(String group, String place) {
        return given().auth().oauth2(DevTokens.mint(group, place));
    }

    static RequestSpecification nansong() {
        return as("township", NANSONG);
    }

    static ValidatableResponse postText(RequestSpecification caller, String text) {
        return caller.contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports")
                .then();
    }

    /** Reports, versions and outbox events: what a refused request must leave unchanged. */
    record State(long reports, long versions, long events) {
        static State of(DataSource db) {
            return new State(
                    TestDatabase.count(db, "SELECT count(*) FROM report"),
                    TestDatabase.count(db, "SELECT count(*) FROM report_version"),
                    TestDatabase.count(db, "SELECT count(*) FROM outbox_event"));
        }
    }

    /** Removes a township's reports so a test starts from "nothing submitted". */
    static void forget(DataSource db, String townshipCode) {
        try (var c = db.getConnection();
                var s = c.createStatement()) {
            s.execute("DELETE FROM idempotency_key WHERE report_id IN (SELECT id FROM report WHERE township_code = '"
                    + townshipCode + "')");
            s.execute("DELETE FROM report_version WHERE report_id IN (SELECT id FROM report WHERE township_code = '"
                    + townshipCode + "')");
            s.execute("DELETE FROM report WHERE township_code = '" + townshipCode + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
