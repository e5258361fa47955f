package io.fazhi.report.api;

import static io.fazhi.report.api.ReportApiFixture.as;
import static io.fazhi.report.api.ReportApiFixture.nansong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.fazhi.report.intake.TestDocuments;
import io.fazhi.report.parse.Samples;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every refused submission gets a clear problem response and changes nothing: no report, no version, no event. */
@QuarkusTest
class ReportBadInputTest {

    private static final String NANSONG_TEXT = Samples.text("nansong-2024.txt");

    @Inject
    AgroalDataSource db;

    @Test
    void emptyAndBlankBodies() {
        refused(nansong(), r -> r.contentType("text/plain; charset=UTF-8").body(new byte[0]).post("/api/v1/reports").then(),
                422, "unprocessable", "empty");
        refused(nansong(), r -> r.contentType("text/plain; charset=UTF-8").body(" \n\t  ").post("/api/v1/reports").then(),
                422, "unprocessable", "no text");
    }

    @Test
    void binaryGarbageDeclaredAsText() {
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        refused(nansong(), r -> r.contentType("text/plain; charset=UTF-8").body(garbage).post("/api/v1/reports").then(),
                422, "unprocessable", "");
    }

    @Test
    void zipBombCorruptZipEncryptedAndImageOnlyPdf() {
        refused(nansong(), r -> r.multiPart("file", "report.docx", TestDocuments.zipBomb()).post("/api/v1/reports").then(),
                422, "unprocessable", "docx");
        refused(nansong(), r -> r.multiPart("file", "report.docx", TestDocuments.corruptDocx(NANSONG_TEXT)).post("/api/v1/reports").then(),
                422, "unprocessable", "corrupt");
        refused(nansong(), r -> r.multiPart("file", "report.pdf", TestDocuments.encryptedPdf(NANSONG_TEXT.substring(0, 300)))
                .post("/api/v1/reports").then(), 422, "unprocessable", "encrypted");
        refused(nansong(), r -> r.multiPart("file", "scan.pdf", TestDocuments.pdfWithoutText()).post("/api/v1/reports").then(),
                422, "unprocessable", "no text layer");
    }

    @Test
    void aFileOverTheLimitIs413() {
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        refused(nansong(), r -> r.contentType("text/plain; charset=UTF-8").body(huge).post("/api/v1/reports").then(),
                413, "payload-too-large", "at most");
        refused(nansong(), r -> r.multiPart("file", "big.txt", huge).post("/api/v1/reports").then(),
                413, "payload-too-large", "at most");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        refused(nansong(), r -> r.contentType("application/xml").body("<report/>").post("/api/v1/reports").then(),
                415, "unsupported-media-type", "");
        refused(nansong(), r -> r.multiPart("file", "old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3})
                .post("/api/v1/reports").then(), 415, "unsupported-media-type", ".doc");
    }

    @Test
    void jsonWithWrongTypesMissingTextOrBrokenSyntax() {
        refused(nansong(), r -> r.contentType("application/json").body("{\"text\": 42, \"year\": \"last year\"}")
                .post("/api/v1/reports").then(), 400, "validation", "");
        refused(nansong(), r -> r.contentType("application/json").body(Map.of("year", 2024)).post("/api/v1/reports").then(),
                400, "validation", "").body("errors.field", hasItem("text"));
        refused(nansong(), r -> r.contentType("application/json").body("{\"text\": \"南宋").post("/api/v1/reports").then(),
                400, "malformed-request", "");
    }

    @Test
    void aYearOutsideTheRange() {
        refused(nansong(), r -> r.contentType("application/json").body(Map.of("text", NANSONG_TEXT, "year", 1999))
                .post("/api/v1/reports").then(), 400, "validation", "").body("errors.field", hasItem("year"));
        refused(nansong(), r -> r.contentType("text/plain; charset=UTF-8").queryParam("year", 2101).body(NANSONG_TEXT)
                .post("/api/v1/reports").then(), 400, "validation", "");
    }

    @Test
    void aTownshipCodeThatDoesNotExistOrBelongsToSomeoneElse() {
        refused(as("admin", null), r -> r.contentType("application/json")
                .body(Map.of("text", NANSONG_TEXT, "townshipCode", "999999999")).post("/api/v1/reports").then(),
                400, "validation", "999999999");
        refused(nansong(), r -> r.contentType("application/json")
                .body(Map.of("text", NANSONG_TEXT, "townshipCode", "411330107")).post("/api/v1/reports").then(),
                403, "place-forbidden", "");
        refused(as("county-office", "411330"), r -> r.contentType("application/json")
                .body(Map.of("text", NANSONG_TEXT, "townshipCode", "140404107")).post("/api/v1/reports").then(),
                403, "place-forbidden", "");
        // The text names a township outside the office's county, and the office names none.
        refused(as("county-office", "411330"), r -> r.contentType("text/plain; charset=UTF-8").body(NANSONG_TEXT)
                .post("/api/v1/reports").then(), 422, "unprocessable", "411330");
    }

    @Test
    void noTokenOrAForgedOne() {
        refused(io.restassured.RestAssured.given(), r -> r.contentType("text/plain; charset=UTF-8").body(NANSONG_TEXT)
                .post("/api/v1/reports").then(), 401, "unauthorized", "");
        refused(io.restassured.RestAssured.given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
                r -> r.contentType("text/plain; charset=UTF-8").body(NANSONG_TEXT).post("/api/v1/reports").then(),
                401, "unauthorized", "");
    }

    @Test
    void twoYearsWithNothingToChooseBetweenThemAre422WithNothingStored() {
        String text = "关于2023年和2024年法治政府建设情况的报告\n南宋镇全面推进法治政府建设，组织学法12次，化解矛盾纠纷30件。";
        refused(nansong(), r -> r.contentType("text/plain; charset=UTF-8").body(text).post("/api/v1/reports").then(),
                422, "unprocessable", "[2023, 2024]");
        nansong().contentType("text/plain; charset=UTF-8").queryParam("year", 2024).body(text).post("/api/v1/reports").then()
                .statusCode(201).body("year", equalTo(2024)).body("yearSource", equalTo("request"));
    }

    @Test
    void badIdsAndVersionsOnReads() {
        nansong().get("/api/v1/reports/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        nansong().get("/api/v1/reports/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:fazhi:problem:not-found"));
        nansong().get("/api/v1/reports/{id}/versions/0", java.util.UUID.randomUUID()).then().statusCode(400);
    }

    private ValidatableResponse refused(RequestSpecification caller, Function<RequestSpecification, ValidatableResponse> call,
                                        int status, String type, String detail) {
        ReportApiFixture.State before = ReportApiFixture.State.of(db);
        ValidatableResponse response = call.apply(caller).statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:" + type))
                .body("detail", containsString(detail));
        assertThat(ReportApiFixture.State.of(db)).as("nothing stored, no event").isEqualTo(before);
        return response;
    }

}
