package io.fazhi.platform.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.fazhi.local.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlaceAccessTest {

    @Inject
    JWTParser tokens;

    @Test
    void bearerTokensAreVerifiedThroughTheRememberingParser() {
        // The parser SmallRye's authentication mechanism is given: the refusals below go through it.
        assertThat(tokens).isInstanceOf(CachingJwtParser.class);
    }

    @Test
    void aCountyOfficeActsOnItsTownshipsAndNowhereElse() {
        String county = DevTokens.mint("county-office", "140404");
        get(county, "140404107").then().statusCode(200).body("place", equalTo("140404"));
        get(county, "140404").then().statusCode(200);
        get(county, "411330107")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:place-forbidden"))
                .body("detail", containsString("county-office 140404"));
        get(county, "14").then().statusCode(403);
    }

    @Test
    void aTownshipActsOnlyOnItself() {
        String township = DevTokens.mint("township", "140404107");
        get(township, "140404107").then().statusCode(200).body("group", equalTo("TOWNSHIP"));
        get(township, "140404108").then().statusCode(403);
        get(township, "140404").then().statusCode(403);
    }

    @Test
    void aCityOfficeSeesItsCountiesAndAdminSeesEverything() {
        get(DevTokens.mint("city-office", "1404"), "140404107").then().statusCode(200);
        get(DevTokens.mint("city-office", "1404"), "141000").then().statusCode(403);
        get(DevTokens.mint("admin", null), "411330107").then().statusCode(200);
    }

    @Test
    void aTokenWhosePlaceDoesNotFitItsGroupIsRefused() {
        // A county-office token carrying a province code must not see the whole province.
        get(DevTokens.mint("county-office", "14"), "140404107")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:fazhi:problem:forbidden"));
    }

    @Test
    void missingExpiredAndForgedTokensAreUnauthorized() {
        given().get("/probe/places/140404107")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        get(DevTokens.mint("county-office", "140404", Duration.ofMinutes(-5)), "140404107")
                .then()
                .statusCode(401);
        String token = DevTokens.mint("county-office", "140404");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        get(forged, "140404107").then().statusCode(401).body("type", equalTo("urn:fazhi:problem:unauthorized"));
    }

    @Test
    void aGroupWithoutTheRoleIsForbidden() {
        given().auth()
                .oauth2(DevTokens.mint("county-office", "140404"))
                .get("/probe/admin-only")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .get("/probe/admin-only")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response get(String token, String place) {
        return given().auth().oauth2(token).get("/probe/places/{code}", place);
    }
}
