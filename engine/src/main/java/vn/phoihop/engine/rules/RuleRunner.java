package vn.phoihop.engine.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;

/**
 * Applies the rules as of a date D to the dataset tables of one DuckDB connection: (re)creates the
 * {@code findings} table, builds the {@link SharedDefinitions}, then runs every rule whose
 * required datasets are present, {@link #DEFAULT_CONCURRENCY} at a time; the report lists them in
 * the order given.
 */
public final class RuleRunner {

    /** The findings table of docs/engine.md. */
    public static final String FINDINGS_DDL = """
            CREATE OR REPLACE TABLE findings (
              rule VARCHAR, subject VARCHAR, amount_vnd BIGINT, interest_vnd BIGINT, months INTEGER,
              flags VARCHAR, detail VARCHAR, legal_basis VARCHAR, evidence VARCHAR
            )""";

    /** Rules applied at the same time unless told otherwise: one per core of the usual 2-core machine. */
    public static final int DEFAULT_CONCURRENCY = 2;

    private final List<Rule> rules;
    private final int concurrency;

    /** A runner for all 17 rules. */
    public RuleRunner() {
        this(Rules.all());
    }

    public RuleRunner(List<Rule> rules) {
        this(rules, DEFAULT_CONCURRENCY);
    }

    /** @param concurrency how many rules are applied at the same time, each on its own connection */
    public RuleRunner(List<Rule> rules, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be positive: " + concurrency);
        }
        this.rules = List.copyOf(rules);
        this.concurrency = concurrency;
    }

    public RunReport run(Connection connection, LocalDate asOf, RuleParameters parameters) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        RuleContext context = new RuleContext(connection, asOf, parameters, presentDatasets(connection));
        try (Statement statement = connection.createStatement()) {
            statement.execute(FINDINGS_DDL);
        }
        long sharedStart = System.nanoTime();
        SharedDefinitions.create(context);
        Duration sharedTime = Duration.ofNanos(System.nanoTime() - sharedStart);

        List<RunReport.AppliedRule> applied = new ArrayList<>();
        List<RunReport.SkippedRule> skipped = new ArrayList<>();
        List<Rule> runnable = new ArrayList<>();
        for (Rule rule : rules) {
            List<String> missing = missing(rule.requiredDatasets(), context);
            if (missing.isEmpty()) {
                runnable.add(rule);
            } else {
                skipped.add(new RunReport.SkippedRule(rule.code(), missing));
            }
        }
        for (RunReport.AppliedRule rule : applyConcurrently(runnable, context)) {
            applied.add(rule);
        }
        return new RunReport(asOf, sharedTime, applied, skipped);
    }

    /**
     * Applies the rules {@link #concurrency} at a time, each on its own connection to the same
     * database (most rule queries are too small to keep both cores busy alone). Rules only read
     * the datasets and the shared definitions and only append their own findings, so the order
     * in which they finish changes nothing: the findings are sorted when written.
     */
    private List<RunReport.AppliedRule> applyConcurrently(List<Rule> runnable, RuleContext context) throws SQLException {
        DuckDBConnection database = context.connection().unwrap(DuckDBConnection.class);
        ExecutorService executor = Executors.newFixedThreadPool(concurrency, runnableTask -> {
            Thread thread = new Thread(runnableTask, "rule");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var futures = new ArrayList<Future<RunReport.AppliedRule>>();
            for (Rule rule : runnable) {
                futures.add(executor.submit(() -> apply(rule, database, context)));
            }
            var applied = new ArrayList<RunReport.AppliedRule>();
            for (Future<RunReport.AppliedRule> future : futures) {
                applied.add(future.get());
            }
            return applied;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while applying the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("a rule failed", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private static RunReport.AppliedRule apply(Rule rule, DuckDBConnection database, RuleContext shared) throws SQLException {
        try (Connection connection = database.duplicate()) {
            var context = new RuleContext(connection, shared.asOf(), shared.parameters(), shared.presentDatasets());
            long before = countFindings(connection, rule.code());
            long start = System.nanoTime();
            try {
                rule.apply(context);
            } catch (SQLException e) {
                throw new SQLException("rule " + rule.code() + " failed: " + e.getMessage(), e);
            }
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            long found = countFindings(connection, rule.code()) - before;
            return new RunReport.AppliedRule(rule.code(), found, time, missing(rule.optionalDatasets(), context));
        }
    }

    private static List<String> missing(Set<String> datasets, RuleContext context) {
        return datasets.stream().filter(dataset -> !context.isPresent(dataset)).sorted().toList();
    }

    /** The dataset tables or views present on the connection (names compared lower-case). */
    static Set<String> presentDatasets(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> present = new HashSet<>(Datasets.all());
        present.retainAll(tables);
        return present;
    }

    private static long countFindings(Connection connection, String rule) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM findings WHERE rule = ?")) {
            statement.setString(1, rule);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
