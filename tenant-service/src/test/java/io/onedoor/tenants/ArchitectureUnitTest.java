package io.onedoor.tenants;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.onedoor.tenants", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles =
            slices().matching("io.onedoor.tenants.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule provisioningKnowsNothingOfTheRegistry = noClasses()
            .that()
            .resideInAPackage("io.onedoor.tenants.provisioning..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.onedoor.tenants.registry..", "io.onedoor.tenants.directory..");

    @ArchTest
    static final ArchRule theRegistryDoesNotWriteTheDirectory = noClasses()
            .that()
            .resideInAPackage("io.onedoor.tenants.registry..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.onedoor.tenants.directory..");

    @ArchTest
    static final ArchRule theAuditLogKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("io.onedoor.tenants.audit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.onedoor.tenants.registry..",
                    "io.onedoor.tenants.accounts..",
                    "io.onedoor.tenants.clients..",
                    "io.onedoor.tenants.keys..",
                    "io.onedoor.tenants.authserver..",
                    "io.onedoor.tenants.security..");

    @ArchTest
    static final ArchRule theRegistryKnowsNothingOfIdentity = noClasses()
            .that()
            .resideInAPackage("io.onedoor.tenants.registry..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.onedoor.tenants.accounts..",
                    "io.onedoor.tenants.clients..",
                    "io.onedoor.tenants.keys..",
                    "io.onedoor.tenants.authserver..");
}
