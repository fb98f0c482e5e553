package vn.phoihop.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.phoihop.engine.read.DatasetLoad;
import vn.phoihop.engine.read.DatasetLoader;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.engine.read.LoadProgress;
import vn.phoihop.engine.read.LoadReport;
import vn.phoihop.engine.rules.FindingsWriter;
import vn.phoihop.engine.rules.RuleParameters;
import vn.phoihop.engine.rules.RuleRunner;
import vn.phoihop.engine.rules.RunReport;

/**
 * A whole reconciliation: read and validate every dataset of the input directory into typed
 * Parquet ({@code <out>/data}), apply the rules as of D over those files, and write the outputs
 * of datasets.md into {@code <out>}.
 */
public final class Reconciliation {

    public static final String SUMMARY_FILE = "summary.json";
    public static final String REJECTS_FILE = "rejects.csv";
    public static final String WARNINGS_FILE = "warnings.csv";
    public static final String DATA_DIRECTORY = "data";

    /** What to reconcile, as of when, into where, with which machine limits and rule parameters. */
    public record Options(Path data, LocalDate asOf, Path out, DuckDbSettings duckDb, RuleParameters parameters) {
        public Options {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(duckDb, "duckDb");
            Objects.requireNonNull(parameters, "parameters");
        }
    }

    /** Hears the stages of a run, to show progress on a terminal or in the platform. */
    public interface Listener extends LoadProgress {
        Listener NONE = new Listener() {
        };

        default void stageStarted(String stage) {
        }

        default void stageFinished(String stage, Duration elapsed) {
        }

        @Override
        default void rowsRead(String dataset, long rowsSoFar) {
        }
    }

    /** The outcome: what was loaded, what the rules did, how long each stage took. */
    public record Result(Options options, LoadReport load, RunReport rules, long findings,
            Map<String, Duration> stages, Duration total) {
    }

    public Result run(Options options, Listener listener) throws IOException, SQLException {
        long start = System.nanoTime();
        Map<String, Duration> stages = new LinkedHashMap<>();
        Path out = Files.createDirectories(options.out());
        Path dataDirectory = Files.createDirectories(out.resolve(DATA_DIRECTORY));

        Thread duckDbStart = startDuckDb(options.duckDb(), dataDirectory);
        listener.stageStarted("load");
        long stageStart = System.nanoTime();
        LoadReport load = new DatasetLoader(options.duckDb()).loadDirectory(options.data(), dataDirectory, listener);
        Files.move(load.rejects(), out.resolve(REJECTS_FILE), StandardCopyOption.REPLACE_EXISTING);
        Files.move(load.warnings(), out.resolve(WARNINGS_FILE), StandardCopyOption.REPLACE_EXISTING);
        load = new LoadReport(load.datasets(), out.resolve(REJECTS_FILE), out.resolve(WARNINGS_FILE));
        stages.put("load", finish(listener, "load", stageStart));

        RunReport rules;
        long findings;
        awaitStart(duckDbStart);
        try (Connection connection = options.duckDb().connect(dataDirectory.resolve(".duckdb-spill"))) {
            attach(connection, load);
            listener.stageStarted("rules");
            stageStart = System.nanoTime();
            rules = new RuleRunner().run(connection, options.asOf(), options.parameters());
            stages.put("rules", finish(listener, "rules", stageStart));

            listener.stageStarted("write");
            stageStart = System.nanoTime();
            findings = new FindingsWriter().write(connection, out);
            stages.put("write", finish(listener, "write", stageStart));
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        Result result = new Result(options, load, rules, findings, stages, total);
        SummaryJson.write(result, out.resolve(SUMMARY_FILE));
        return result;
    }

    /**
     * DuckDB's first connection in a JVM unpacks and links its native library (~70 MB, about half
     * a second); the load does not need DuckDB, so that happens on the side while it runs.
     */
    private static Thread startDuckDb(DuckDbSettings settings, Path dataDirectory) {
        Thread thread = new Thread(() -> {
            try (Connection ignored = settings.connect(dataDirectory.resolve(".duckdb-spill"))) {
                // loaded; nothing else to do
            } catch (SQLException e) {
                // the rules' own connection reports the problem
            }
        }, "duckdb-start");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitStart(Thread duckDbStart) throws IOException {
        try {
            duckDbStart.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting DuckDB", e);
        }
    }

    /** Each loaded dataset becomes a view over its Parquet file, named after the dataset. */
    private static void attach(Connection connection, LoadReport load) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (DatasetLoad dataset : load.loaded()) {
                String parquet = dataset.parquet().orElseThrow().toAbsolutePath().toString().replace("'", "''");
                statement.execute("CREATE VIEW " + dataset.dataset() + " AS SELECT * FROM read_parquet('" + parquet + "')");
            }
        }
    }

    private static Duration finish(Listener listener, String stage, long startNanos) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        listener.stageFinished(stage, elapsed);
        return elapsed;
    }
}
