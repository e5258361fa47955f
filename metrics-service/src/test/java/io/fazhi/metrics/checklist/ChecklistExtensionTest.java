package io.fazhi.metrics.checklist;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.local.DevTokens;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.TestDatabase;
import io.fazhi.metrics.SampleEvents;
import io.fazhi.metrics.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChecklistExtensionTest {

    private static final String TONGBAI_ITEMS = """
            id: tongbai-2022-2025
            version: 1.0.0
            title: 桐柏县法治政府建设实施方案（2022—2025）新增事项
            parts:
              - id: p10
                name: 能力建设和普法
                items:
                  - id: x411330.village-legal-understanders
                    requirement: 每村培养“法律明白人”，发挥其化解纠纷作用
                    applies: [township]
                    weight: 2
                    phrases: [法律明白人]
                    specific: [number, body]
            """;

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterEach
    void removeExtension() {
        given().auth().oauth2(DevTokens.mint("admin", null)).delete("/api/v1/checklists/extensions/411330");
    }

    @Test
    void aCountysOwnItemsApplyToItsTownshipsOnly() {
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/yaml")
                .body(yaml(TONGBAI_ITEMS))
                .put("/api/v1/checklists/extensions/411330")
                .then()
                .statusCode(200)
                .body("place", equalTo("411330"))
                .body("items", equalTo(1));
        given().auth()
                .oauth2(DevTokens.mint("township", "140404107"))
                .get("/api/v1/checklists")
                .then()
                .statusCode(200)
                .body("place", hasItem("411330"));

        String pingshi = submit("pingshi-2024");
        String nansong = submit("nansong-2024");
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .get("/api/v1/assessments/{id}", pingshi)
                .then()
                .statusCode(200)
                .body("checklistId", equalTo("plan-2021-2025+411330"))
                .body("items.id", hasItem("x411330.village-legal-understanders"))
                .body("items.find { it.id == 'x411330.village-legal-understanders' }.grade", not(equalTo("none")));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .get("/api/v1/assessments/{id}", nansong)
                .then()
                .statusCode(200)
                .body("checklistId", equalTo("plan-2021-2025"))
                .body("items.id", not(hasItem("x411330.village-legal-understanders")));
    }

    @Test
    void badExtensionsAreRefusedAndOnlyAdministratorsManageThem() {
        given().auth()
                .oauth2(DevTokens.mint("county-office", "411330"))
                .contentType("application/yaml")
                .body(yaml(TONGBAI_ITEMS))
                .put("/api/v1/checklists/extensions/411330")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/yaml")
                .body(yaml("parts: [ {"))
                .put("/api/v1/checklists/extensions/411330")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not a checklist"));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/yaml")
                .body(yaml(TONGBAI_ITEMS.replace("x411330.village-legal-understanders", "p1.theory-study")))
                .put("/api/v1/checklists/extensions/411330")
                .then()
                .statusCode(400)
                .body("detail", containsString("repeated"));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/yaml")
                .body(yaml(TONGBAI_ITEMS))
                .put("/api/v1/checklists/extensions/411330107")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/yaml")
                .body(yaml(TONGBAI_ITEMS))
                .put("/api/v1/checklists/extensions/999999")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("place"));
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .get("/api/v1/checklists/extensions/999999")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .contentType("application/xml")
                .body("<x/>")
                .put("/api/v1/checklists/extensions/411330")
                .then()
                .statusCode(415);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .get("/api/v1/checklists/extensions/411330")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(DevTokens.mint("admin", null))
                .delete("/api/v1/checklists/extensions/411330")
                .then()
                .statusCode(404);
    }

    private static byte[] yaml(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String submit(String sample) {
        ReportSnapshot r = SampleEvents.report(sample);
        ReportSnapshot copy = new ReportSnapshot(
                "r-" + UUID.randomUUID(),
                1,
                r.year(),
                r.township(),
                r.countyCode(),
                r.title(),
                r.docNumber(),
                r.issuedOn(),
                r.submittedAt(),
                r.text(),
                r.sections(),
                r.warnings());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(TestEvents.record(new ReportSubmitted(copy)));
        }
        await().atMost(Duration.ofMinutes(2))
                .until(() ->
                        TestDatabase.count(db, "SELECT count(*) FROM assessment WHERE report_id = ?", copy.reportId())
                                == 1);
        return copy.reportId();
    }
}
