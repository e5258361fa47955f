package io.fazhi.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void documentsEveryOperationWithTheBearerScheme() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/reports"))
                .body("paths", hasKey("/api/v1/reports/{id}/versions/{version}/original"))
                .body("paths", hasKey("/api/v1/divisions/{code}"))
                .body("paths.'/api/v1/reports'.post.requestBody.content", hasKey("multipart/form-data"))
                .body("paths.'/api/v1/reports'.post.requestBody.content", hasKey("text/plain"))
                .body("paths.'/api/v1/reports'.post.requestBody.content", hasKey("application/json"))
                .body("components.securitySchemes.jwt.scheme", equalTo("bearer"))
                .body("components.schemas.ReportSubmissionRequest.properties", hasKey("townshipCode"));
    }
}
