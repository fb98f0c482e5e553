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

/**
 * Applies the rules as of a date D to the dataset tables of one DuckDB connection: (re)creates the
 * {@code findings} table, builds the {@link SharedDefinitions}, then runs every rule whose
 * required datasets are present, in the order given.
 */
public final class RuleRunner {

    /** The findings table of docs/engine.md. */
    public static final String FINDINGS_DDL = """
            CREATE OR REPLACE TABLE findings (
              rule VARCHAR, subject VARCHAR, amount_vnd BIGINT, interest_vnd BIGINT, months INTEGER,
              flags VARCHAR, detail VARCHAR, legal_basis VARCHAR, evidence VARCHAR
            )""";

    private final List<Rule> rules;

    /** A runner for all 17 rules. */
    public RuleRunner() {
        this(Rules.all());
    }

    public RuleRunner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
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
        for (Rule rule : rules) {
            List<String> missing = missing(rule.requiredDatasets(), context);
            if (!missing.isEmpty()) {
                skipped.add(new RunReport.SkippedRule(rule.code(), missing));
                continue;
            }
            long before = countFindings(connection, rule.code());
            long start = System.nanoTime();
            try {
                rule.apply(context);
            } catch (SQLException e) {
                throw new SQLException("rule " + rule.code() + " failed: " + e.getMessage(), e);
            }
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            long found = countFindings(connection, rule.code()) - before;
            applied.add(new RunReport.AppliedRule(rule.code(), found, time,
                    missing(rule.optionalDatasets(), context)));
        }
        return new RunReport(asOf, sharedTime, applied, skipped);
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
