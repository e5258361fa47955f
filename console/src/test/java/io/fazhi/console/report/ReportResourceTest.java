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
        given().cookie("fazhi_session", Sessions.signIn("county")).get("/reports/" + ApiStandIn.REPORT_ID).then().statusCode(200)
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
    void anotherCountysReportIsA403PageAndANonsenseIdA404() {
        given().cookie("fazhi_session", Sessions.signIn("province")).get("/reports/" + ApiStandIn.REPORT_ID).then().statusCode(403)
                .body(allOf(containsString("您无权查看此页面"), not(containsString("镇党委书记"))));
        given().cookie("fazhi_session", Sessions.signIn("county")).get("/reports/not-an-id").then().statusCode(404)
                .body(containsString("没有这个页面"));
    }
}
