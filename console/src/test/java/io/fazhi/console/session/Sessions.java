package io.fazhi.console.session;

import static io.restassured.RestAssured.given;

/** Signs in on the demo sign-in page as a person would, and returns the session cookie's value. */
public final class Sessions {

    private Sessions() {
    }

    public static String signIn(String user) {
        return given().contentType("application/x-www-form-urlencoded").formParam("user", user).redirects().follow(false)
                .post("/signin").then().statusCode(303).extract().cookie(SessionCookie.NAME);
    }
}
