package vn.phoihop.engine.generate;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;

/** The same checks on another seed, with D at a quarter end in September (a new school year). */
class BackgroundCleanlinessInSeptemberTest extends BackgroundCleanlinessTest {

    @BeforeAll
    static void generateInSeptember() throws IOException {
        generate(0.3, 8, LocalDate.of(2026, 9, 30));
    }
}
