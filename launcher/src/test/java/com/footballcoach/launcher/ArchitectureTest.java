package com.footballcoach.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries between the deployables, checked so that nobody crosses them by accident. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.footballcoach");
    }

    @Test
    void seesEveryDeployableSoTheRulesBelowAreNotVacuous() {
        assertThat(classes.contain("com.footballcoach.product.ProductApiApplication")).isTrue();
        assertThat(classes.contain("com.footballcoach.analysis.AnalysisApiApplication")).isTrue();
        assertThat(classes.contain("com.footballcoach.simulator.EngineSimulator")).isTrue();
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

    @Test
    void onlyTheAnalysisApiTalksToTheTrackingEngine() {
        noClasses().that().resideOutsideOfPackages("com.footballcoach.analysis.engine..", "com.footballcoach.simulator..",
                        "com.footballcoach.contract..")
                .should().dependOnClassesThat().resideInAPackage("com.footballcoach.contract..").check(classes);
    }
}
