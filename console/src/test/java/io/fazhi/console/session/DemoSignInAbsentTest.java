package io.fazhi.console.session;

import static io.restassured.RestAssured.given;

import io.fazhi.console.ApiStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside the local suite (production's settings) the demo sign-in does not exist: nobody signs in as a demo user. */
@QuarkusTest
@TestProfile(DemoSignInAbsentTest.Production.class)
@QuarkusTestResource(ApiStandIn.class)
class DemoSignInAbsentTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fazhi.console.demo-sign-in", "false");
        }
    }

    @Test
    void thereIsNoDemoSignIn() {
        given().get("/signin").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded").formParam("user", "admin").post("/signin").then().statusCode(404);
    }
}
