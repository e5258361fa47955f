package io.fazhi.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every service with a database promises, written once: ready with its database, an OpenAPI
 * document under its own title, problem responses for unknown paths, every endpoint declaring
 * how it checks the caller's place, and each table's queries in its store. A service's test extends it and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceContractTest {

    private static final String PLACE_CHECK = "io.fazhi.platform.identity.PlaceCheck";
    private static final String PANACHE_ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    private static final Set<String> QUERY_METHODS = Set.of("find", "list", "stream", "count", "update", "delete");

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

    /**
     * Every resource method (GET, POST, PUT, DELETE, PATCH) of the service's classes says how it
     * checks the caller's place ({@code io.fazhi.platform.identity.PlaceCheck}).
     */
    @Test
    void everyEndpointDeclaresHowItChecksTheCallersPlace() {
        JavaClasses classes = serviceClasses();
        ArchRuleDefinition.methods()
                .that()
                .areAnnotatedWith("jakarta.ws.rs.GET")
                .or()
                .areAnnotatedWith("jakarta.ws.rs.POST")
                .or()
                .areAnnotatedWith("jakarta.ws.rs.PUT")
                .or()
                .areAnnotatedWith("jakarta.ws.rs.DELETE")
                .or()
                .areAnnotatedWith("jakarta.ws.rs.PATCH")
                .should()
                .beAnnotatedWith(PLACE_CHECK)
                .because(
                        "an endpoint that does not say how it checks the caller's place may act on another place's data")
                .check(classes);
    }

    /**
     * "Who writes table X?" has one answer: its store. SQL (JDBC statements, JPQL, Panache queries
     * given as text) is written only in classes named {@code …Store}, one per table or per tightly
     * bound pair of tables; services and resources call them.
     */
    @Test
    void queriesAreWrittenOnlyInStores() {
        ArchRuleDefinition.noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Store")
                .should()
                .callMethodWhere(writesAQuery())
                .because("a table's SQL has one home, its store, so a reader finds who writes it by opening one class")
                .check(serviceClasses());
    }

    @Test
    void unknownPathsGetAProblemResponse() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fazhi:problem:not-found"));
    }

    /** The service's own classes: those under the package of its test. */
    private JavaClasses serviceClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(getClass().getPackageName());
    }

    /** A JDBC statement prepared, a JPQL or native query created, or a Panache query given as text. */
    private static DescribedPredicate<JavaMethodCall> writesAQuery() {
        return DescribedPredicate.describe("writes a query", call -> {
            var target = call.getTarget();
            String name = target.getName();
            if (target.getOwner().isAssignableTo("java.sql.Connection")) {
                return name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall");
            }
            if (target.getOwner().isAssignableTo("jakarta.persistence.EntityManager")) {
                return name.startsWith("create") && name.endsWith("Query");
            }
            return target.getOwner().isAssignableTo(PANACHE_ENTITY)
                    && QUERY_METHODS.contains(name)
                    && !target.getRawParameterTypes().isEmpty()
                    && target.getRawParameterTypes().get(0).isEquivalentTo(String.class);
        });
    }
}
