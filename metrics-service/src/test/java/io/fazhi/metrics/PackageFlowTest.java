package io.fazhi.metrics;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.fazhi.local.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The flow of data through metrics-service, as its packages show it: a report event is consumed
 * and assessed (scored against the checklist, checked for reuse, stored, published); resources
 * read what was stored and its roll-ups. A package uses only those below it.
 */
class PackageFlowTest {

    private static final JavaClasses CLASSES = ArchitectureRules.classesOf("io.fazhi.metrics");

    @Test
    void packagesFollowTheFlowOfAnAssessment() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy("..metrics.api..")
                .layer("consume")
                .definedBy("..metrics.consume..")
                .layer("assess")
                .definedBy("..metrics.assess..")
                .layer("rollup")
                .definedBy("..metrics.rollup..")
                .layer("publish")
                .definedBy("..metrics.publish..")
                .layer("store")
                .definedBy("..metrics.store..")
                .layer("score")
                .definedBy("..metrics.score..")
                .layer("reuse")
                .definedBy("..metrics.reuse..")
                .layer("checklist")
                .definedBy("..metrics.checklist..")
                .layer("indicators")
                .definedBy("..metrics.indicators..")
                .layer("deadline")
                .definedBy("..metrics.deadline..")
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("consume")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("assess")
                .mayOnlyBeAccessedByLayers("api", "consume")
                .whereLayer("rollup")
                .mayOnlyBeAccessedByLayers("api")
                .whereLayer("publish")
                .mayOnlyBeAccessedByLayers("assess")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("api", "assess")
                .whereLayer("score")
                .mayOnlyBeAccessedByLayers("assess", "publish", "store")
                .whereLayer("reuse")
                .mayOnlyBeAccessedByLayers("assess", "publish", "score")
                .whereLayer("checklist")
                .mayOnlyBeAccessedByLayers("api", "score")
                .whereLayer("indicators")
                .mayOnlyBeAccessedByLayers("score")
                .whereLayer("deadline")
                .mayOnlyBeAccessedByLayers("api", "rollup", "score")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.fazhi.metrics.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
