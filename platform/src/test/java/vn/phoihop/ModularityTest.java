package vn.phoihop;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    /**
     * The engine lives in {@code vn.phoihop.engine} but is a library of its own (a Maven module,
     * kept free of Spring by its ArchUnit test), not an application module: the platform's modules
     * use its public packages.
     */
    @Test
    void the_application_modules_respect_their_boundaries() {
        ApplicationModules.of(PhoihopApplication.class, resideInAPackage("vn.phoihop.engine..")).verify();
    }
}
