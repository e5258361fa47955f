package io.fazhi.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service with a database promises, written once: ready with its database, an OpenAPI
 * document under its own title, problem responses for unknown paths, every endpoint declaring
 * how it checks the caller's place, and each table's queries in its store ({@link
 * ArchitectureRules}). A service's test extends it and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceContractTest {

    private final String openApiTitle;

    protected ServiceContractTest(String openApiTitle) {
        this.openApiTitle = openApiTitle;
    }

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo(openApiTitle));
    }

    @Test
    void everyEndpointDeclaresHowItChecksTheCallersPlace() {
        ArchitectureRules.everyEndpointDeclaresHowItChecksTheCallersPlace(
                ArchitectureRules.classesOf(getClass().getPackageName()));
    }

    @Test
    void queriesAreWrittenOnlyInStores() {
        ArchitectureRules.queriesAreWrittenOnlyInStores(
                ArchitectureRules.classesOf(getClass().getPackageName()));
    }

    @Test
    void unknownPathsGetAProblemResponse() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:not-found"));
    }
}
