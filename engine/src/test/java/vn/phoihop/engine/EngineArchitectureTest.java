package vn.phoihop.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.phoihop.engine");

    @Test
    void the_engine_knows_nothing_of_spring() {
        noClasses().that().resideInAPackage("vn.phoihop.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(engine);
    }

    @Test
    void the_engine_knows_nothing_of_the_platform() {
        noClasses().that().resideInAPackage("vn.phoihop.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.phoihop.registry..", "vn.phoihop.security..",
                        "vn.phoihop.web..", "vn.phoihop.exchange..", "vn.phoihop.reconcile..", "vn.phoihop.casework..")
                .check(engine);
    }
}
