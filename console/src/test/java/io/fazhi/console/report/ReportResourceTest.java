package io.fazhi.console.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.fazhi.console.ApiStandIn;
import io.fazhi.console.session.Sessions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The report page: text with its sections, grades with their passages as links into the text. */
@QuarkusTest
@QuarkusTestResource(ApiStandIn.class)
class ReportResourceTest {

    @Test
    void theCountyOfficeReadsTheReportWithItsGradesAndEvidenceLinkedIntoTheText() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/reports/" + ApiStandIn.REPORT_ID)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(allOf(
                        containsString("南宋镇 · 上党区 · 2024年度 · 版本 2/2 · 得分 42.5"),
                        containsString("缺少的必备内容：下一年度工作安排"),
                        containsString("党的领导和习近平法治思想 · 80.0"),
                        containsString("党政主要负责人履行推进法治建设第一责任人职责</span> <span class=\"grade\">有具体证据"),
                        containsString("<a class=\"evidence\" href=\"#e-26-49\">镇党委书记主持召开专题会议4次，研究法治工作。</a>"),
                        containsString("<mark id=\"e-26-49\">镇党委书记主持召开专题会议4次，研究法治工作。</mark>"),
                        containsString("不计分（计划或不足）：普法力度不够。"),
                        containsString("<mark id=\"e-57-64\">普法力度不够。</mark>"),
                        containsString("<span class=\"section-tag\">【主要举措和成效】</span>一、主要举措"),
                        containsString("<span class=\"section-tag\">【存在的不足和原因】</span>二、存在不足"),
                        not(containsString("只适用于县级的要求"))));
    }

    @Test
    void itShowsTheNumbersTheReuseTheVersionsAndTheWarningsInPlainWords() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/reports/" + ApiStandIn.REPORT_ID)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<th scope=\"row\">专题会议</th><td>4次</td>"),
                        containsString("报送时填写的年度为2024年，但标题写的是2023年。"),
                        containsString("按GB18030编码读取。"),
                        not(containsString("submitted for year")),
                        // 苏店镇 is of the same county: its passage side by side with this one's.
                        containsString("苏店镇 · 雷同部分占本报告 35%"),
                        containsString("<a href=\"/reports/" + ApiStandIn.OTHER_ID + "\">苏店镇</a>"),
                        // a township of another county: only its code and the share, none of its text.
                        containsString("411330100 · 雷同部分占本报告 11%"),
                        containsString("您无权查看该乡镇的报告，仅显示乡镇和雷同比例。"),
                        containsString("<a href=\"/reports/" + ApiStandIn.REPORT_ID
                                + "/versions/2/original\" class=\"original\">南宋镇v2.docx</a>"),
                        containsString("2（当前版本）</th><td>2025年3月20日 10:00</td>"),
                        containsString("<form method=\"get\" action=\"/reports/" + ApiStandIn.REPORT_ID + "/diff\"")));
    }

    @Test
    void twoVersionsAreComparedCharacterByCharacter() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/reports/" + ApiStandIn.REPORT_ID + "/diff?from=1&to=2")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("比较版本：版本 1 → 2"),
                        containsString("<del>3</del>"),
                        containsString("<ins>4</ins>"),
                        containsString("<ins>，研究法治工作</ins>"),
                        containsString("<ins>二、存在不足</ins>")));
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/reports/" + ApiStandIn.REPORT_ID + "/diff?from=1&to=x")
                .then()
                .statusCode(400)
                .body(containsString("版本号应为正整数。"));
    }

    @Test
    void theOriginalFileDownloadsByteForByteUnderItsName() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/reports/" + ApiStandIn.REPORT_ID + "/versions/2/original")
                .then()
                .statusCode(200)
                .contentType(containsString("wordprocessingml"))
                .header("Content-Disposition", containsString("%E5%8D%97%E5%AE%8B%E9%95%87v2.docx"))
                .header("Cache-Control", "no-store")
                .body(org.hamcrest.Matchers.equalTo("PK-original-bytes"));
        given().cookie("fazhi_session", Sessions.of("county-office", "411330"))
                .get("/reports/" + ApiStandIn.REPORT_ID + "/versions/2/original")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(not(containsString("PK-original")));
    }

    @Test
    void anotherCountysReportIsA403PageAndANonsenseIdA404() {
        given().cookie("fazhi_session", Sessions.of("county-office", "411330"))
                .get("/reports/" + ApiStandIn.REPORT_ID)
                .then()
                .statusCode(403)
                .body(allOf(containsString("您无权查看此页面"), not(containsString("镇党委书记"))));
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/reports/not-an-id")
                .then()
                .statusCode(404)
                .body(containsString("没有这个页面"));
    }
}
