package io.fazhi.report.api;

import static io.fazhi.report.api.ReportApiFixture.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DivisionResourceTest {

    @Test
    void findsEveryNamesakeWithItsFullPath() {
        as("township", "140404107")
                .queryParam("name", "南阳镇")
                .get("/api/v1/divisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(9))
                .body("level", everyItem(equalTo("township")))
                .body("path", hasItem("江苏省 南通市 启东市 南阳镇"));
    }

    @Test
    void readsAPlaceByCodeWithItsChildren() {
        as("county-office", "411330")
                .get("/api/v1/divisions/140404")
                .then()
                .statusCode(200)
                .body("place.name", equalTo("上党区"))
                .body("place.path", equalTo("山西省 长治市 上党区"))
                .body("children.code", everyItem(startsWith("140404")))
                .body("children.name", hasItem("南宋镇"));
    }

    @Test
    void divisionDataIsTheSameForEveryCallerButNeedsAToken() {
        // Public reference data: no place check, but no anonymous reads either.
        as("township", "411330107")
                .get("/api/v1/divisions/140404107")
                .then()
                .statusCode(200)
                .body("place.ancestors.name", hasItem("长治市"));
        given().get("/api/v1/divisions/140404107").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badCodesAndNames() {
        as("admin", null)
                .get("/api/v1/divisions/14x")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:fazhi:problem:validation"));
        as("admin", null)
                .get("/api/v1/divisions/999999")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:fazhi:problem:not-found"));
        as("admin", null).get("/api/v1/divisions").then().statusCode(400);
        as("admin", null)
                .queryParam("name", "x".repeat(51))
                .get("/api/v1/divisions")
                .then()
                .statusCode(400);
        as("admin", null)
                .queryParam("name", "不存在的地方")
                .get("/api/v1/divisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }
}
