package io.fazhi.console.board;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.fazhi.console.ApiStandIn;
import io.fazhi.console.session.Sessions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The county board as its office sees it, and as nobody else does. */
@QuarkusTest
@QuarkusTestResource(ApiStandIn.class)
class CountyBoardResourceTest {

    @Test
    void theCountyOfficeSeesEveryTownshipSubmittedOrNot() {
        String session = Sessions.signIn("county");
        given().cookie("fazhi_session", session)
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", containsString("/counties/140404"));
        given().cookie("fazhi_session", session)
                .get("/counties/140404?year=2024")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .body(allOf(
                        containsString("上党区 县级工作台 · 2024年度"),
                        containsString("应报送 2 · 已报送 1 · 逾期 1"),
                        containsString("南宋镇"),
                        containsString("不足和原因"),
                        containsString("韩店街道"),
                        containsString("未报送"),
                        containsString("报送截止日：2025年3月31日"),
                        containsString("<td class=\"timeliness late\">逾期12天</td>"),
                        containsString("title=\"未读\">未读 3</a>"),
                        containsString("data-names=\"南宋镇|\""),
                        containsString("data-values=\"71.5|\""),
                        containsString("报送截止日已过"),
                        containsString("仍有1个乡镇未报送")));
        assertThat(ApiStandIn.BEARERS).last().isEqualTo("Bearer " + session);
    }

    @Test
    void itSortsAndFiltersAsAsked() {
        String session = Sessions.signIn("county");
        given().cookie("fazhi_session", session)
                .get("/counties/140404?year=2024&filter=missing")
                .then()
                .statusCode(200)
                .body(allOf(containsString("韩店街道"), not(containsString("data-township=\"140404107\""))));
        given().cookie("fazhi_session", session)
                .get("/counties/140404?year=2024&sort=nonsense&filter=<script>")
                .then()
                .statusCode(200)
                .body(allOf(containsString("南宋镇"), not(containsString("<script>"))));
    }

    @Test
    void theBoardDownloadsAsCsv() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/counties/140404/csv?year=2024")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("board-140404-2024.csv"))
                .body(allOf(containsString("140404107,南宋镇,true,71.5"), containsString("韩店街道")));
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/counties/411330/csv?year=2024")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherCountyIsA403PageWithNoData() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/counties/411330?year=2024")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("您无权查看此页面"), not(containsString("townships")), not(containsString("<table"))));
    }

    @Test
    void aTownshipHasNoBoard() {
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .get("/counties/140404")
                .then()
                .statusCode(403)
                .body(containsString("您无权查看此页面"));
    }

    @Test
    void withoutAValidSessionEveryPageSendsToSignIn() {
        given().redirects()
                .follow(false)
                .get("/counties/140404")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin"));
        given().cookie("fazhi_session", "forged.token.value")
                .redirects()
                .follow(false)
                .get("/counties/140404")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin"));
        String expired = io.smallrye.jwt.build.Jwt.issuer("urn:fazhi:dev")
                .audience("fazhi")
                .subject("county-office:140404")
                .groups("county-office")
                .claim("place", "140404")
                .issuedAt(java.time.Instant.now().minusSeconds(7200))
                .expiresAt(java.time.Instant.now().minusSeconds(3600))
                .sign();
        given().cookie("fazhi_session", expired)
                .redirects()
                .follow(false)
                .get("/counties/140404")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin"));
        // A token of the right shape signed by someone else is no session either.
        String[] parts = Sessions.signIn("county").split("\\.");
        String tampered = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(new String(
                                        java.util.Base64.getUrlDecoder().decode(parts[1]),
                                        java.nio.charset.StandardCharsets.UTF_8)
                                .replace("140404", "411330")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
        given().cookie("fazhi_session", tampered)
                .redirects()
                .follow(false)
                .get("/counties/411330")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin"));
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/counties/not-a-county")
                .then()
                .statusCode(403);
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/counties/140404?year=abc")
                .then()
                .statusCode(400)
                .body(containsString("年度应为2000至2100之间的四位数字"));
    }
}
