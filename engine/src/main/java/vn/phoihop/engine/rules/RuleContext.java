package vn.phoihop.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule runs against: the DuckDB connection holding the dataset tables, the as-of date D,
 * the parameters, and which datasets are present.
 */
public record RuleContext(Connection connection, LocalDate asOf, RuleParameters parameters,
                          Set<String> presentDatasets) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)(?::([a-z_]+))?}");
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(\\r?\\n|$)");

    public RuleContext {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(parameters, "parameters");
        presentDatasets = Set.copyOf(presentDatasets);
    }

    public boolean isPresent(String dataset) {
        return presentDatasets.contains(dataset);
    }

    /** Runs a SQL script from a classpath resource beside {@code owner}, statement by statement. */
    void runScript(Class<?> owner, String resource, Map<String, String> texts) throws SQLException {
        String script;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource + " beside " + owner.getName());
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rendered = render(script, texts);
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENT_END.split(rendered)) {
                if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /**
     * Replaces {@code ${as_of}}, {@code ${month_of_as_of}}, {@code ${year_of_as_of}}, the parameters
     * ({@code ${interest_rate_per_day}}, …), the texts given (rule code, legal basis) as string
     * literals, and {@code ${dataset:name}} by the table or, when absent, an empty typed relation.
     */
    String render(String sql, Map<String, String> texts) {
        Matcher matcher = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(valueOf(matcher.group(1), matcher.group(2), texts)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String valueOf(String name, String argument, Map<String, String> texts) {
        if (argument != null) {
            if (!name.equals("dataset")) {
                throw new IllegalArgumentException("unknown placeholder ${" + name + ":" + argument + "}");
            }
            return isPresent(argument) ? argument : Datasets.emptyRelation(argument);
        }
        switch (name) {
            case "as_of":
                return literal(asOf);
            case "month_of_as_of":
                return literal(asOf.withDayOfMonth(1));
            case "year_of_as_of":
                return Integer.toString(asOf.getYear());
            default:
                break;
        }
        if (texts.containsKey(name)) {
            return literal(texts.get(name));
        }
        for (Parameter parameter : Parameter.values()) {
            if (parameter.placeholder().equals(name)) {
                return literal(parameters.get(parameter));
            }
        }
        throw new IllegalArgumentException("unknown placeholder ${" + name + "}");
    }

    private static String literal(Object value) {
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        if (value instanceof BigDecimal decimal) {
            return "CAST(" + decimal.toPlainString() + " AS DECIMAL(38,10))";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        throw new IllegalArgumentException("no SQL literal for " + value.getClass());
    }
}
