package io.fazhi.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** One document from the three services' own, with the gateway's security scheme; Swagger UI on top. */
@QuarkusTest
class OpenApiResourceTest {

    @Test
    void theMergedDocumentHasEveryServicesOperationsUnderTheGatewaysSecurity() {
        given().get("/openapi.json")
                .then()
                .statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("paths", hasKey("/api/v1/reports"))
                .body("paths", hasKey("/api/v1/assessments"))
                .body("paths", hasKey("/api/v1/inbox"))
                .body("paths.'/api/v1/reports'.get.operationId", equalTo("reportList"))
                .body("components.securitySchemes.jwt.scheme", equalTo("bearer"))
                .body("security[0]", hasKey("jwt"))
                // Three services define a different "Page": each keeps its own, references follow.
                .body("components.schemas.Page.description", equalTo("a page of report-service"))
                .body("components.schemas.MetricsPage.description", equalTo("a page of metrics-service"))
                .body(
                        "paths.'/api/v1/assessments'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/MetricsPage"));
        given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType(containsString("application/yaml"))
                .body(containsString("openapi: 3.1.0"), containsString("/api/v1/inbox:"));
        given().accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("info.title", notNullValue());
    }

    @Test
    void swaggerUiIsServedAtDocs() {
        given().get("/docs/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
