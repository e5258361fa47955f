package io.fazhi.report;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.fazhi.local.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The flow of data through report-service, as its packages show it: a submission's bytes become
 * text (extract), the text a structure (parse), which is stored with its version (store) and
 * published (publish); ingest runs these steps for the resources (api). A package uses only those
 * below it; the API's views are built from the stored form, never the other way round.
 */
class PackageFlowTest {

    private static final JavaClasses CLASSES = ArchitectureRules.classesOf("io.fazhi.report");

    @Test
    void packagesFollowTheFlowOfASubmission() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy("..report.api..")
                .layer("ingest")
                .definedBy("..report.ingest..")
                .layer("publish")
                .definedBy("..report.publish..")
                .layer("extract")
                .definedBy("..report.extract..")
                .layer("store")
                .definedBy("..report.store..")
                .layer("parse")
                .definedBy("..report.parse..")
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("ingest")
                .mayOnlyBeAccessedByLayers("api")
                .whereLayer("publish")
                .mayOnlyBeAccessedByLayers("ingest")
                .whereLayer("extract")
                .mayOnlyBeAccessedByLayers("api", "ingest")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("api", "ingest", "publish")
                .whereLayer("parse")
                .mayOnlyBeAccessedByLayers("ingest", "extract", "store")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.fazhi.report.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
