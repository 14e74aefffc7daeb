package io.onedoor.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureUnitTest {

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
    void onlyTheControllersSpeakTheApiModels() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..cases.web..", "..cases.provisioning..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.onedoor.api..")
                .check(CLASSES);
    }
}
