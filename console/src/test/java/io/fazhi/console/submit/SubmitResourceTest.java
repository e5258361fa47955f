package io.fazhi.console.submit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.fazhi.console.ApiStandIn;
import io.fazhi.console.session.Sessions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A township submits its report by file or pasted text and sees what was read, or why it was refused. */
@QuarkusTest
@QuarkusTestResource(ApiStandIn.class)
class SubmitResourceTest {

    /** A form field as a browser sends it: UTF-8. */
    private static io.restassured.specification.MultiPartSpecification text(String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value)
                .controlName("text")
                .charset(StandardCharsets.UTF_8)
                .build();
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aFileIsStreamedToTheApiAndThePageShowsWhatWasRead() {
        int before = ApiStandIn.WRITES.size();
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .multiPart("file", "nansong-2024.docx", "PK word bytes".getBytes(StandardCharsets.UTF_8), DOCX)
                .post("/submit")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("报送成功"),
                        containsString("南宋镇（140404107）"),
                        containsString("<td id=\"parsed-year\">2024</td>"),
                        containsString("主要举措和成效（一、主要举措）、存在的不足和原因（二、存在不足）"),
                        containsString("<td id=\"parsed-missing\">下一年度工作安排</td>"),
                        containsString("报送时填写的年度为2024年，但标题写的是2023年。<br>"),
                        containsString("<a href=\"/reports/" + ApiStandIn.REPORT_ID + "\" id=\"open-report\">")));
        String sent = ApiStandIn.WRITES.get(before);
        assertThat(sent)
                .startsWith("POST /api/v1/reports console-")
                .contains("multipart/form-data")
                .contains("PK word bytes")
                .contains("nansong-2024.docx");
    }

    @Test
    void theSameFileTwiceCarriesTheSameIdempotencyKey() {
        int before = ApiStandIn.WRITES.size();
        for (int i = 0; i < 2; i++) {
            given().cookie("fazhi_session", Sessions.signIn("township"))
                    .multiPart(text("南宋镇2024年法治政府建设情况报告……"))
                    .post("/submit")
                    .then()
                    .statusCode(200);
        }
        String first = ApiStandIn.WRITES.get(before).split(" ")[2];
        String second = ApiStandIn.WRITES.get(before + 1).split(" ")[2];
        assertThat(first).startsWith("console-").isEqualTo(second);
        assertThat(ApiStandIn.WRITES.get(before)).contains("application/json").contains("\"text\":\"南宋镇2024年");
    }

    @Test
    void emptyBothOrTheWrongKindOfFileIsAMessageAndNothingIsSent() {
        int before = ApiStandIn.WRITES.size();
        String session = Sessions.signIn("township");
        given().cookie("fazhi_session", session)
                .multiPart(text(""))
                .post("/submit")
                .then()
                .statusCode(400)
                .body(containsString("请选择要上传的报告文件，或粘贴报告正文。"));
        given().cookie("fazhi_session", session)
                .multiPart("file", "a.docx", new byte[] {1}, DOCX)
                .multiPart(text("正文"))
                .post("/submit")
                .then()
                .statusCode(400)
                .body(containsString("请只选择一种方式"));
        given().cookie("fazhi_session", session)
                .multiPart("file", "photo.exe", new byte[] {1, 2}, "application/octet-stream")
                .post("/submit")
                .then()
                .statusCode(415)
                .body(allOf(containsString("只接受 .docx、.pdf 或 .txt 文件"), containsString("photo.exe")));
        given().cookie("fazhi_session", session)
                .multiPart("file", "<img src=x onerror=alert(1)>.zip", new byte[] {1}, "application/zip")
                .post("/submit")
                .then()
                .statusCode(415)
                .body(not(containsString("<img src=x")));
        assertThat(ApiStandIn.WRITES).hasSize(before);
    }

    @Test
    void whatTheApiRefusesIsSaidInWordsOnTheForm() {
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .multiPart(text("这不是报告，是一则通知。"))
                .post("/submit")
                .then()
                .statusCode(422)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("未能识别为法治政府建设年度报告"),
                        containsString("not a rule-of-law report"),
                        containsString("id=\"submit-form\""),
                        not(containsString("报送成功"))));
    }

    @Test
    void onlyATownshipSubmitsAndOnlyFromTheConsole() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/submit")
                .then()
                .statusCode(403);
        int before = ApiStandIn.WRITES.size();
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .header("Origin", "https://evil.example")
                .multiPart(text("南宋镇报告"))
                .post("/submit")
                .then()
                .statusCode(403);
        given().cookie("fazhi_session", "forged.session.cookie")
                .redirects()
                .follow(false)
                .multiPart(text("南宋镇报告"))
                .post("/submit")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin"));
        assertThat(ApiStandIn.WRITES).hasSize(before);
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .get("/submit")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<label class=\"field\" for=\"file\">"),
                        containsString("<label class=\"field\" for=\"text\">"),
                        containsString("accept=\".docx,.pdf,.txt\"")));
    }
}
