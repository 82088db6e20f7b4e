package com.footballcoach.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries between the deployables, checked so that nobody crosses them by accident. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // test classes come as target/test-classes in a reactor build and as a test jar otherwise
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.footballcoach");
    }

    @Test
    void seesEveryDeployableSoTheRulesBelowAreNotVacuous() {
        assertThat(classes.contain("com.footballcoach.product.ProductApiApplication")).isTrue();
        assertThat(classes.contain("com.footballcoach.analysis.AnalysisApiApplication")).isTrue();
        assertThat(classes.contain("com.footballcoach.simulator.EngineSimulator")).isTrue();
        assertThat(classes.contain("com.footballcoach.platform.analysis.RunService")).isTrue();
        assertThat(classes.contain("com.footballcoach.contract.analysis.AnalysisServiceGrpc")).isTrue();
    }

    @Test
    void sharedPlatformCodeKnowsNeitherApp() {
        noClasses().that().resideInAPackage("com.footballcoach.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("com.footballcoach.product..",
                        "com.footballcoach.analysis..", "com.footballcoach.launcher..", "com.footballcoach.simulator..")
                .check(classes);
    }

    @Test
    void theTwoAppsDoNotCallEachOther() {
        noClasses().that().resideInAPackage("com.footballcoach.product..")
                .should().dependOnClassesThat().resideInAPackage("com.footballcoach.analysis..").check(classes);
        noClasses().that().resideInAPackage("com.footballcoach.analysis..")
                .should().dependOnClassesThat().resideInAPackage("com.footballcoach.product..").check(classes);
    }

    @Test
    void theEngineSimulatorOnlyKnowsTheContract() {
        noClasses().that().resideInAPackage("com.footballcoach.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("com.footballcoach.platform..",
                        "com.footballcoach.product..", "com.footballcoach.analysis..", "org.springframework..")
                .check(classes);
    }

    /** No two feature packages (of any deployable) depend on each other, directly or through others. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("com.footballcoach.(*).(*)..").should().beFreeOfCycles();

    @Test
    void featurePackagesHaveNoCycles() {
        NO_PACKAGE_CYCLES.check(classes);
    }

    @Test
    void theCycleRuleFailsOnAPlantedCycle() {
        JavaClasses planted = new ClassFileImporter().importPackages("com.footballcoach.cyclefixture");

        assertThat(planted.contain("com.footballcoach.cyclefixture.left.Left")).isTrue();
        assertThatThrownBy(() -> NO_PACKAGE_CYCLES.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice cyclefixture - left");
    }

    @Test
    void onlyTheAnalysisApiTalksToTheTrackingEngine() {
        noClasses().that().resideOutsideOfPackages("com.footballcoach.analysis.engine..", "com.footballcoach.simulator..",
                        "com.footballcoach.contract..")
                .should().dependOnClassesThat().resideInAPackage("com.footballcoach.contract..").check(classes);
    }
}
