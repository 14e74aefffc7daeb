package io.onedoor.cases;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureUnitTest {

    /** The one class outside the controllers that reads an API model: tenant-service's snapshot. */
    static final String SNAPSHOT_READER = "io.onedoor.cases.configuration.SnapshotJson";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.onedoor.cases");

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("io.onedoor.cases.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theDomainKnowsNeitherHttpNorTheApiModels() {
        noClasses()
                .that()
                .resideInAnyPackage("..cases.matter..", "..cases.intake..", "..cases.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.onedoor.api..", "org.springframework.web..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void theUseCasesRaiseDomainExceptionsAndTheEdgeTurnsThemIntoProblems() {
        // Not an HTTP status nor a ready-made problem: web (StepProblems) answers for them all.
        noClasses()
                .that()
                .resideInAnyPackage("..cases.matter..", "..cases.intake..", "..cases.ledger..", "..cases.lifecycle..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.http..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.onedoor.support.web.ProblemException")
                .check(CLASSES);
    }

    @Test
    void onlyTheControllersAndTheSnapshotReaderSpeakTheApiModels() {
        // Each feature's controller maps the API's models to the domain at its edge; web shows
        // matters in the API's shapes for all of them.
        noClasses()
                .that()
                .resideOutsideOfPackages("..cases.web..", "..cases.provisioning..")
                .and()
                .haveSimpleNameNotEndingWith("Controller")
                .and()
                .doNotHaveFullyQualifiedName(SNAPSHOT_READER)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.onedoor.api..")
                .check(CLASSES);
    }

    @Test
    void theSnapshotReaderKnowsTheInternalSnapshotModelOnly() {
        noClasses()
                .that()
                .haveFullyQualifiedName(SNAPSHOT_READER)
                .should()
                .dependOnClassesThat(resideInAPackage("io.onedoor.api..")
                        .and(resideOutsideOfPackage("io.onedoor.api.internal.model..")))
                .check(CLASSES);
    }
}
