package io.fazhi.importer;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The importer's flow, as its packages show it: the command runs an import, which finds the files
 * (files), sends them (send) and keeps what became of them (results), shown as it goes (progress).
 */
class PackageFlowTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.fazhi.importer");

    @Test
    void packagesFollowTheFlowOfAnImport() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("command")
                .definedBy("io.fazhi.importer")
                .layer("progress")
                .definedBy("..importer.progress..")
                .layer("send")
                .definedBy("..importer.send..")
                .layer("files")
                .definedBy("..importer.files..")
                .layer("results")
                .definedBy("..importer.results..")
                .whereLayer("command")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("progress")
                .mayOnlyBeAccessedByLayers("command")
                .whereLayer("send")
                .mayOnlyBeAccessedByLayers("command")
                .whereLayer("files")
                .mayOnlyBeAccessedByLayers("command", "send")
                .whereLayer("results")
                .mayOnlyBeAccessedByLayers("command", "send", "progress")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.fazhi.importer.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
