package io.fazhi.console.session;

import static io.restassured.RestAssured.given;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;

/** Sessions for tests: signed in on the demo page as a person would, or as an office of another place. */
public final class Sessions {

    private Sessions() {}

    /** Signs in on the demo sign-in page and returns the session cookie's value. */
    public static String signIn(String user) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("user", user)
                .redirects()
                .follow(false)
                .post("/signin")
                .then()
                .statusCode(303)
                .extract()
                .cookie(SessionCookie.NAME);
    }

    /** A session of an office that is no demo user (the county office of 411330, say), signed with the development key. */
    public static String of(String group, String place) {
        return Jwt.issuer("urn:fazhi:dev")
                .audience("fazhi")
                .subject(group + ":" + place)
                .groups(group)
                .claim("place", place)
                .expiresIn(Duration.ofMinutes(10))
                .sign();
    }
}
