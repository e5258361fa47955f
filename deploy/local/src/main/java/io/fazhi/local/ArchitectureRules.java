package io.fazhi.local;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Set;

/**
 * The architecture rules every application of the suite keeps, written once: the services run them
 * from {@link ServiceContractTest}, the gateway and the console from a test of their own.
 */
public final class ArchitectureRules {

    private static final String PLACE_CHECK = "io.fazhi.core.identity.PlaceCheck";
    private static final String PANACHE_ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    private static final Set<String> QUERY_METHODS = Set.of("find", "list", "stream", "count", "update", "delete");

    private ArchitectureRules() {}

    /** An application's own classes: those under its package, tests left out. */
    public static JavaClasses classesOf(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /**
     * Every resource method (GET, POST, PUT, DELETE, PATCH) of a class — not of a REST client
     * interface, which calls another application's endpoints — says how it checks the caller's
     * place ({@code io.fazhi.core.identity.PlaceCheck}).
     */
    public static void everyEndpointDeclaresHowItChecksTheCallersPlace(JavaClasses classes) {
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
                .and()
                .areDeclaredInClassesThat()
                .areNotInterfaces()
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
    public static void queriesAreWrittenOnlyInStores(JavaClasses classes) {
        ArchRuleDefinition.noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Store")
                .should()
                .callMethodWhere(writesAQuery())
                .because("a table's SQL has one home, its store, so a reader finds who writes it by opening one class")
                .check(classes);
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
