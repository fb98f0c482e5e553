package vn.phoihop;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void the_application_modules_respect_their_boundaries() {
        ApplicationModules.of(PhoihopApplication.class).verify();
    }
}
