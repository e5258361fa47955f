package io.fazhi.console.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.fazhi.console.ApiStandIn;
import io.fazhi.console.session.Sessions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Where each kind of user starts. */
@QuarkusTest
@QuarkusTestResource(ApiStandIn.class)
class HomeResourceTest {

    @Test
    void aTownshipStartsWithItsOwnReportsAndWhatTheyLack() {
        given().cookie("fazhi_session", Sessions.signIn("township")).get("/").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(allOf(containsString("南宋镇 · 本乡镇的年度报告"),
                        containsString("<a href=\"/reports/" + ApiStandIn.REPORT_ID + "\">南宋镇2024年法治政府建设情况报告</a>"),
                        containsString("<td class=\"missing\">下一年度工作安排</td>")));
    }

    @Test
    void theCityOfficeSeesWhoItIsSignedInAs() {
        given().cookie("fazhi_session", Sessions.signIn("city")).get("/").then().statusCode(200)
                .body(containsString("已登录：city-office · 1404"));
    }
}
