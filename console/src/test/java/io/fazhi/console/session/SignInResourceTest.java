package io.fazhi.console.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.fazhi.console.ApiStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The local suite's sign-in: demo users, a cookie no script reads and no other site sends, sign-out. */
@QuarkusTest
@QuarkusTestResource(ApiStandIn.class)
class SignInResourceTest {

    @Test
    void theSignInPageListsTheDemoUsersWithLabels() {
        given().get("/signin")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("南宋镇（乡镇）"),
                        containsString("上党区司法局（县级）"),
                        containsString("长治市司法局（市级）"),
                        containsString("山西省司法厅（省级）"),
                        containsString("系统管理员"),
                        containsString("<label><input type=\"radio\"")));
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieAndSigningOutClearsIt() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("user", "county")
                .redirects()
                .follow(false)
                .post("/signin")
                .then()
                .statusCode(303)
                .header(
                        "Set-Cookie",
                        allOf(
                                containsString("fazhi_session="),
                                containsString("HttpOnly"),
                                containsString("SameSite=Strict")));
        given().cookie(SessionCookie.NAME, Sessions.signIn("city"))
                .redirects()
                .follow(false)
                .post("/signout")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin"))
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void anUnknownUserOrNoneIsAMessageOnThePage() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("user", "mayor")
                .post("/signin")
                .then()
                .statusCode(400)
                .body(allOf(containsString("请选择一个演示用户"), not(containsString("Exception"))));
        given().contentType("application/x-www-form-urlencoded")
                .post("/signin")
                .then()
                .statusCode(400)
                .body(containsString("请选择一个演示用户"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndSignsNobodyIn() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("user", "admin")
                .header("Sec-Fetch-Site", "cross-site")
                .post("/signin")
                .then()
                .statusCode(403)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .body(containsString("此表单只能从本系统的页面提交"));
        given().contentType("application/x-www-form-urlencoded")
                .formParam("user", "admin")
                .header("Origin", "https://evil.example")
                .post("/signin")
                .then()
                .statusCode(403)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }
}
