package vn.phoihop.exchange.internal;

import java.nio.file.Path;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;
import vn.phoihop.engine.read.DuckDbSettings;

/**
 * How validation may use the machine ({@code phoihop.exchange.duckdb-threads}, default 1, and
 * {@code phoihop.exchange.duckdb-memory}, default 512MB; DuckDB spills beyond it), and where
 * submissions keep their work and their rejects.
 */
@Component
class ExchangeSettings {

    private final DuckDbSettings duckDb;
    private final Path submissions;
    private final Path work;

    ExchangeSettings(Environment environment, PhoihopHome home) {
        this.duckDb = DuckDbSettings.of(environment.getProperty("phoihop.exchange.duckdb-threads", Integer.class, 1),
                environment.getProperty("phoihop.exchange.duckdb-memory", "512MB"));
        this.submissions = home.resolve("submissions");
        this.work = home.resolve("work").resolve("exchange");
    }

    DuckDbSettings duckDb() {
        return duckDb;
    }

    /** Where one submission's rejects.csv and warnings.csv are kept. */
    Path submissionDirectory(java.util.UUID id) {
        return submissions.resolve(id.toString());
    }

    /** Scratch space of one validation, deleted afterwards and on start. */
    Path workDirectory(java.util.UUID id) {
        return work.resolve(id.toString());
    }

    Path workRoot() {
        return work;
    }
}
