package io.fazhi.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {

    @Test
    void invalidFieldsAreListedByName() {
        given().contentType("application/json")
                .body("{\"name\": \" \", \"year\": 1999, \"townshipCode\": \"14\"}")
                .post("/probe/items")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/probe/items"))
                .body("errors.field", hasItems("name", "year", "townshipCode"));
    }

    @Test
    void aFieldOfTheWrongTypeIsAValidationProblem() {
        given().contentType("application/json")
                .body("{\"name\": \"x\", \"year\": \"last year\"}")
                .post("/probe/items")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:fazhi:problem:validation"))
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void unreadableJsonIsAMalformedRequest() {
        given().contentType("application/json")
                .body("{\"name\": ")
                .post("/probe/items")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:malformed-request"));
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        given().contentType("application/xml")
                .body("<item/>")
                .post("/probe/items")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:unsupported-media-type"));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().get("/probe/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:not-found"));
        given().delete("/probe/items")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:method-not-allowed"));
    }

    @Test
    void aDomainNotFoundKeepsItsDetail() {
        given().get("/probe/missing")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:fazhi:problem:not-found"))
                .body("detail", equalTo("report r-404 does not exist"));
    }

    @Test
    void noFreeDatabaseConnectionIsA503ToRetry() {
        given().get("/probe/crowded")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("urn:fazhi:problem:unavailable"))
                .body("detail", equalTo("the database is busy or restarting; retry later"));
    }

    @Test
    void anUnexpectedFailureLeaksNothing() {
        given().get("/probe/boom")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:internal"))
                .body(allOf(
                        not(containsString("hunter2")),
                        not(containsString("IllegalStateException")),
                        not(containsString("at io.fazhi"))));
    }
}
