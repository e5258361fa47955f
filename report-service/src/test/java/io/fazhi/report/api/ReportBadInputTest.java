package io.fazhi.report.api;

import static io.fazhi.report.api.ReportApiFixture.as;
import static io.fazhi.report.api.ReportApiFixture.nansong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.fazhi.report.extract.TestDocuments;
import io.fazhi.report.parse.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
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
        refused(
                nansong(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(new byte[0])
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "empty");
        refused(
                nansong(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(" \n\t  ")
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "no text");
    }

    @Test
    void aDocumentThatIsNotAboutTheRuleOfLawIsNoReport() {
        // A township's clerk attaches the meeting notice instead of the report: Chinese text, but not a report.
        String notice = "会议通知：请各村党支部书记、村委会主任于本周五下午三点到镇政府三楼会议室参加秋冬季防火工作会议。";
        refused(
                nansong(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(notice)
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "never mentions 法治");
        refused(
                nansong(),
                r -> r.contentType("application/json")
                        .body(java.util.Map.of("text", notice, "year", 2024))
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "not a report");
    }

    @Test
    void binaryGarbageDeclaredAsText() {
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        refused(
                nansong(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(garbage)
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "");
    }

    @Test
    void zipBombCorruptZipEncryptedAndImageOnlyPdf() {
        refused(
                nansong(),
                r -> r.multiPart("file", "report.docx", TestDocuments.zipBomb())
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "docx");
        refused(
                nansong(),
                r -> r.multiPart("file", "report.docx", TestDocuments.corruptDocx(NANSONG_TEXT))
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "corrupt");
        refused(
                nansong(),
                r -> r.multiPart("file", "report.pdf", TestDocuments.encryptedPdf(NANSONG_TEXT.substring(0, 300)))
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "encrypted");
        if (!io.fazhi.report.extract.TextExtractor.readsScans()) {
            // With OCR here the scan is read instead: ScanSubmissionTest.
            refused(
                    nansong(),
                    r -> r.multiPart("file", "scan.pdf", TestDocuments.pdfWithoutText())
                            .post("/api/v1/reports")
                            .then(),
                    422,
                    "unprocessable",
                    "no text layer");
        }
    }

    @Test
    void aFileOverTheLimitIs413() {
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        refused(
                nansong(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(huge)
                        .post("/api/v1/reports")
                        .then(),
                413,
                "payload-too-large",
                "at most");
        refused(
                nansong(),
                r -> r.multiPart("file", "big.txt", huge)
                        .post("/api/v1/reports")
                        .then(),
                413,
                "payload-too-large",
                "at most");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        refused(
                nansong(),
                r -> r.contentType("application/xml")
                        .body("<report/>")
                        .post("/api/v1/reports")
                        .then(),
                415,
                "unsupported-media-type",
                "");
        refused(
                nansong(),
                r -> r.multiPart("file", "old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3})
                        .post("/api/v1/reports")
                        .then(),
                415,
                "unsupported-media-type",
                ".doc");
    }

    @Test
    void jsonWithWrongTypesMissingTextOrBrokenSyntax() {
        refused(
                nansong(),
                r -> r.contentType("application/json")
                        .body("{\"text\": 42, \"year\": \"last year\"}")
                        .post("/api/v1/reports")
                        .then(),
                400,
                "validation",
                "");
        refused(
                        nansong(),
                        r -> r.contentType("application/json")
                                .body(Map.of("year", 2024))
                                .post("/api/v1/reports")
                                .then(),
                        400,
                        "validation",
                        "")
                .body("errors.field", hasItem("text"));
        refused(
                nansong(),
                r -> r.contentType("application/json")
                        .body("{\"text\": \"南宋")
                        .post("/api/v1/reports")
                        .then(),
                400,
                "malformed-request",
                "");
    }

    @Test
    void aYearOutsideTheRange() {
        refused(
                        nansong(),
                        r -> r.contentType("application/json")
                                .body(Map.of("text", NANSONG_TEXT, "year", 1999))
                                .post("/api/v1/reports")
                                .then(),
                        400,
                        "validation",
                        "")
                .body("errors.field", hasItem("year"));
        refused(
                nansong(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .queryParam("year", 2101)
                        .body(NANSONG_TEXT)
                        .post("/api/v1/reports")
                        .then(),
                400,
                "validation",
                "");
    }

    @Test
    void aTownshipCodeThatDoesNotExistOrBelongsToSomeoneElse() {
        refused(
                as("admin", null),
                r -> r.contentType("application/json")
                        .body(Map.of("text", NANSONG_TEXT, "townshipCode", "999999999"))
                        .post("/api/v1/reports")
                        .then(),
                400,
                "validation",
                "999999999");
        refused(
                nansong(),
                r -> r.contentType("application/json")
                        .body(Map.of("text", NANSONG_TEXT, "townshipCode", "411330107"))
                        .post("/api/v1/reports")
                        .then(),
                403,
                "place-forbidden",
                "");
        refused(
                as("county-office", "411330"),
                r -> r.contentType("application/json")
                        .body(Map.of("text", NANSONG_TEXT, "townshipCode", "140404107"))
                        .post("/api/v1/reports")
                        .then(),
                403,
                "place-forbidden",
                "");
        // The text names a township outside the office's county, and the office names none.
        refused(
                as("county-office", "411330"),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(NANSONG_TEXT)
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "411330");
    }

    @Test
    void noTokenOrAForgedOne() {
        refused(
                io.restassured.RestAssured.given(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(NANSONG_TEXT)
                        .post("/api/v1/reports")
                        .then(),
                401,
                "unauthorized",
                "");
        refused(
                io.restassured.RestAssured.given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(NANSONG_TEXT)
                        .post("/api/v1/reports")
                        .then(),
                401,
                "unauthorized",
                "");
    }

    @Test
    void aTownshipCannotMoveItsDateOfSubmissionAndNobodyGivesAnImpossibleOne() {
        String late = "{\"text\": " + quoted(NANSONG_TEXT) + ", \"submittedAt\": \"2025-01-10T08:00:00Z\"}";
        refused(
                nansong(),
                r -> r.contentType("application/json")
                        .body(late)
                        .post("/api/v1/reports")
                        .then(),
                403,
                "forbidden",
                "submittedAt");
        for (String claimed : new String[] {
            "\"9999-01-01T00:00:00Z\"", "\"1900-01-01T00:00:00Z\"", "1e300", "\"last week\"", "\"2025-01-10\""
        }) {
            String body = "{\"text\": " + quoted(NANSONG_TEXT) + ", \"submittedAt\": " + claimed + "}";
            refused(
                            ReportApiFixture.as("admin", null),
                            r -> r.contentType("application/json")
                                    .body(body)
                                    .post("/api/v1/reports")
                                    .then(),
                            400,
                            "validation",
                            "")
                    .body("errors.field", hasItem("submittedAt"));
        }
    }

    private static String quoted(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hostileFramingAndDocumentsAreProblemsNotServerErrors() throws Exception {
        String boundary = "XyZ";
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + NANSONG_TEXT.substring(0, 200) + "\r\n";
        StringBuilder manyParts = new StringBuilder(part);
        for (int i = 0; i < 1100; i++) {
            manyParts
                    .append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"f")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        manyParts.append("--").append(boundary).append("--\r\n");
        byte[] nestedPdf = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(50_000)
                        + "]".repeat(50_000)
                        + " >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        String pdfPart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nested.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n";
        byte[] nestedUpload = concat(
                pdfPart.getBytes(StandardCharsets.US_ASCII),
                nestedPdf,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        rawRefused("a/b/c", NANSONG_TEXT.getBytes(StandardCharsets.UTF_8), 415);
        rawRefused("text/plain; charset=x-unknown", NANSONG_TEXT.getBytes(StandardCharsets.UTF_8), 415);
        rawRefused("multipart/form-data; boundary=", part.getBytes(StandardCharsets.UTF_8), 400);
        rawRefused("multipart/form-data; boundary=" + boundary, part.getBytes(StandardCharsets.UTF_8), 400);
        rawRefused(
                "multipart/form-data; boundary=" + boundary,
                manyParts.toString().getBytes(StandardCharsets.UTF_8),
                400);
        rawRefused("multipart/form-data; boundary=" + boundary, nestedUpload, 422);
        rawRefused(
                "application/json",
                ("{\"text\": " + quoted(NANSONG_TEXT) + "} trailing").getBytes(StandardCharsets.UTF_8),
                400);
        rawRefused(
                "application/json",
                ("{\"text\": " + quoted(NANSONG_TEXT) + ", \"text\": \"x\"}").getBytes(StandardCharsets.UTF_8),
                400);
        rawRefused(
                "application/json",
                ("{\"text\": " + quoted(NANSONG_TEXT) + ", \"year\": 2024.7}").getBytes(StandardCharsets.UTF_8),
                400);
        nansong()
                .contentType("application/json")
                .body("{\"text\": 42, \"year\": \"last year\"}")
                .post("/api/v1/reports")
                .then()
                .statusCode(400)
                .body("detail", not(containsString("io.fazhi")))
                .body("detail", not(containsString("java.")));
        for (String page : new String[] {"2147483647", "abc", "-1", "1e3"}) {
            nansong()
                    .queryParam("page", page)
                    .get("/api/v1/reports")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        refused(
                nansong(),
                r -> r.multiPart("file", "名".repeat(300) + ".txt", NANSONG_TEXT.getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/reports")
                        .then(),
                400,
                "validation",
                "fileName");
    }

    /** Sends bytes exactly as given (no client-side repair of the framing) and expects a problem with nothing stored. */
    private void rawRefused(String contentType, byte[] body, int status) throws Exception {
        ReportApiFixture.State before = ReportApiFixture.State.of(db);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + io.restassured.RestAssured.port + "/api/v1/reports"))
                                .header(
                                        "Authorization",
                                        "Bearer " + io.fazhi.local.DevTokens.mint("township", ReportApiFixture.NANSONG))
                                .header("Content-Type", contentType)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s: %s", contentType, response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ReportApiFixture.State.of(db)).as("nothing stored, no event").isEqualTo(before);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aTokenForAnotherApplicationOrIssuedInTheFutureIs401() throws Exception {
        java.security.PrivateKey key = io.smallrye.jwt.util.KeyUtils.readPrivateKey("dev-jwt/privateKey.pem");
        long now = System.currentTimeMillis() / 1000;
        String otherAudience = io.smallrye.jwt.build.Jwt.issuer(io.fazhi.local.DevTokens.ISSUER)
                .audience("another-application")
                .subject("admin:all")
                .groups("admin")
                .claim("place", "")
                .expiresIn(3600)
                .sign(key);
        String fromTheFuture = io.smallrye.jwt.build.Jwt.issuer(io.fazhi.local.DevTokens.ISSUER)
                .audience(io.fazhi.local.DevTokens.AUDIENCE)
                .subject("admin:all")
                .groups("admin")
                .claim("place", "")
                .issuedAt(now + 3600)
                .expiresAt(now + 7200)
                .sign(key);
        for (String token : java.util.List.of(otherAudience, fromTheFuture)) {
            refused(
                    io.restassured.RestAssured.given().auth().oauth2(token),
                    r -> r.contentType("text/plain; charset=UTF-8")
                            .body(NANSONG_TEXT)
                            .post("/api/v1/reports")
                            .then(),
                    401,
                    "unauthorized",
                    "");
        }
    }

    @Test
    void twoYearsWithNothingToChooseBetweenThemAre422WithNothingStored() {
        String text = "关于2023年和2024年法治政府建设情况的报告\n南宋镇全面推进法治政府建设，组织学法12次，化解矛盾纠纷30件。";
        refused(
                nansong(),
                r -> r.contentType("text/plain; charset=UTF-8")
                        .body(text)
                        .post("/api/v1/reports")
                        .then(),
                422,
                "unprocessable",
                "[2023, 2024]");
        nansong()
                .contentType("text/plain; charset=UTF-8")
                .queryParam("year", 2024)
                .body(text)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .body("year", equalTo(2024))
                .body("yearSource", equalTo("request"));
    }

    @Test
    void badIdsAndVersionsOnReads() {
        nansong().get("/api/v1/reports/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        nansong()
                .get("/api/v1/reports/{id}", java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:fazhi:problem:not-found"));
        nansong()
                .get("/api/v1/reports/{id}/versions/0", java.util.UUID.randomUUID())
                .then()
                .statusCode(400);
    }

    private ValidatableResponse refused(
            RequestSpecification caller,
            Function<RequestSpecification, ValidatableResponse> call,
            int status,
            String type,
            String detail) {
        ReportApiFixture.State before = ReportApiFixture.State.of(db);
        ValidatableResponse response = call.apply(caller)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:" + type))
                .body("detail", containsString(detail));
        assertThat(ReportApiFixture.State.of(db)).as("nothing stored, no event").isEqualTo(before);
        return response;
    }
}
