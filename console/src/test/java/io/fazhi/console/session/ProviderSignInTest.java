package io.fazhi.console.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.fazhi.console.ApiStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production's sign-in: no demo page; the identity provider signs the user in (authorization code),
 * and the console reads the API with the access token it issued.
 */
@QuarkusTest
@TestProfile(ProviderSignInTest.Production.class)
@QuarkusTestResource(ApiStandIn.class)
@QuarkusTestResource(value = IdentityProviderStandIn.class, restrictToAnnotatedClass = true)
class ProviderSignInTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> production = new HashMap<>();
            for (String profile : new String[] {"", "%test."}) {
                production.put(profile + "fazhi.console.demo-sign-in", "false");
                production.put(profile + "quarkus.oidc.tenant-enabled", "true");
                production.put(profile + "quarkus.oidc.authentication.cookie-force-secure", "false");
            }
            production.put("quarkus.oidc.credentials.secret", IdentityProviderStandIn.CLIENT_SECRET);
            return production;
        }
    }

    @Test
    void thereIsNoDemoSignIn() {
        given().get("/signin").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded")
                .formParam("user", "admin")
                .post("/signin")
                .then()
                .statusCode(404);
    }

    @Test
    void theProviderSignsTheClerkInAndTheConsoleReadsTheApiWithItsAccessToken() {
        CookieFilter browser = new CookieFilter();
        // A page without a session sends the clerk to sign in, which goes to the provider.
        given().filter(browser)
                .redirects()
                .follow(false)
                .get("/counties/140404?year=2024")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin/oidc"));
        Response toProvider = given().filter(browser).redirects().follow(false).get("/signin/oidc");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        URI authorize = URI.create(toProvider.header("Location"));
        assertThat(authorize.getPath()).isEqualTo("/realms/fazhi/auth");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "fazhi-console");
        assertThat(query.get("scope")).contains("openid");

        // The provider sends the clerk back with a code; the console exchanges it for tokens.
        URI back = URI.create(query.get("redirect_uri"));
        Response signedIn = given().filter(browser)
                .redirects()
                .follow(false)
                .get(back.getPath() + "?code=" + IdentityProviderStandIn.CODE + "&state=" + query.get("state"));
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(signedIn.getCookies()).containsKey("q_session");
        assertThat(signedIn.getDetailedCookie("q_session").isHttpOnly()).isTrue();
        assertThat(IdentityProviderStandIn.TOKEN_REQUESTS)
                .last()
                .asString()
                .contains("grant_type=authorization_code")
                .contains("code=" + IdentityProviderStandIn.CODE);

        given().filter(browser)
                .redirects()
                .follow(false)
                .get("/signin/oidc")
                .then()
                .statusCode(303)
                .header("Location", startsWith("http"))
                .header("Location", containsString("/"));
        given().filter(browser)
                .get("/counties/140404?year=2024")
                .then()
                .statusCode(200)
                .body(allOf(containsString("上党区 县级工作台 · 2024年度"), containsString("南宋镇")));
        assertThat(ApiStandIn.BEARERS).last().isEqualTo("Bearer " + IdentityProviderStandIn.accessToken);

        // Signing out ends the provider's session here: the next page sends the clerk to sign in again.
        given().filter(browser)
                .redirects()
                .follow(false)
                .post("/signout")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signedout"));
        given().filter(browser)
                .redirects()
                .follow(false)
                .get("/counties/140404?year=2024")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin/oidc"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return query;
    }
}
