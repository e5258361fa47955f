package io.fazhi.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * What every service with a database promises, written once: ready with its database, an OpenAPI
 * document under its own title, problem responses for unknown paths, and every endpoint declaring
 * how it checks the caller's place. A service's test extends it and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceContractTest {

    private static final String PLACE_CHECK = "io.fazhi.platform.identity.PlaceCheck";

    private final String openApiTitle;

    protected ServiceContractTest(String openApiTitle) {
        this.openApiTitle = openApiTitle;
    }

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(openApiTitle));
    }

    /**
     * Every resource method (GET, POST, PUT, DELETE, PATCH) of the service's classes says how it
     * checks the caller's place ({@code io.fazhi.platform.identity.PlaceCheck}).
     */
    @Test
    void everyEndpointDeclaresHowItChecksTheCallersPlace() {
        String service = getClass().getPackageName();
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(service);
        ArchRuleDefinition.methods()
                .that().areAnnotatedWith("jakarta.ws.rs.GET").or().areAnnotatedWith("jakarta.ws.rs.POST")
                .or().areAnnotatedWith("jakarta.ws.rs.PUT").or().areAnnotatedWith("jakarta.ws.rs.DELETE")
                .or().areAnnotatedWith("jakarta.ws.rs.PATCH")
                .should().beAnnotatedWith(PLACE_CHECK)
                .because("an endpoint that does not say how it checks the caller's place may act on another place's data")
                .check(classes);
    }

    @Test
    void unknownPathsGetAProblemResponse() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:not-found"));
    }
}
