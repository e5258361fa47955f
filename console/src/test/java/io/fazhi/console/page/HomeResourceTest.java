package io.fazhi.console.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .get("/")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(allOf(
                        containsString("南宋镇 · 本乡镇的年度报告"),
                        containsString("<a href=\"/reports/" + ApiStandIn.REPORT_ID + "\">南宋镇2024年法治政府建设情况报告</a>"),
                        containsString("<td class=\"missing\">下一年度工作安排</td>"),
                        containsString("<td class=\"score\">42.5</td>"),
                        // p1 scored 80: not weak; p2 (not in the stand-in checklist: shown by its id) scored 35.5
                        containsString("<td class=\"weak\">p2（36）</td>"),
                        containsString("<a href=\"/submit\" id=\"submit-link\">")));
    }

    @Test
    void aCityProvinceOrAdministratorStartsWithThePlacesBelowIt() {
        given().cookie("fazhi_session", Sessions.signIn("city"))
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", containsString("/places/1404"));
        given().cookie("fazhi_session", Sessions.signIn("admin"))
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", containsString("/places/CN"));
    }

    @Test
    void theProvinceSeesItsCitiesWithTheirShareSubmittedAndLinksDown() {
        given().cookie("fazhi_session", Sessions.signIn("province"))
                .get("/places/14?year=2024")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("山西省 · 2024年度"),
                        containsString("应报送 1396 · 已报送 2 · 逾期 1"),
                        containsString("<a href=\"/places/1404?year=2024\">长治市</a>"),
                        containsString("<td>1%</td>"),
                        containsString("<a href=\"/places/1401?year=2024\">太原市</a>"),
                        containsString("data-values=\"1|0|\"")));
        given().cookie("fazhi_session", Sessions.signIn("city"))
                .get("/places/14?year=2024")
                .then()
                .statusCode(403)
                .body(allOf(containsString("您无权查看此页面"), not(containsString("太原市"))));
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .get("/places/14")
                .then()
                .statusCode(403);
        given().cookie("fazhi_session", Sessions.signIn("province"))
                .get("/places/14x")
                .then()
                .statusCode(403);
    }

    @Test
    void theHeaderOffersWhatEachKindOfUserHas() {
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"nav-submit\""),
                        not(containsString("id=\"nav-inbox\"")),
                        containsString("id=\"sign-out\"")));
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/counties/140404?year=2024")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"nav-inbox\""),
                        containsString("id=\"nav-board\""),
                        not(containsString("id=\"nav-submit\""))));
        given().get("/signin").then().statusCode(200).body(not(containsString("id=\"sign-out\"")));
    }
}
