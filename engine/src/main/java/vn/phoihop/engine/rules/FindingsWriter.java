package vn.phoihop.engine.rules;

import vn.phoihop.engine.text.JsonText;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the {@code findings} table as {@code findings.csv} (UTF-8 without BOM, comma, LF line
 * ends, RFC 4180 quoting) and {@code findings.json} (the same rows plus their evidence), both
 * sorted by rule, subject, then the remaining columns, so the same inputs give the same bytes.
 */
public final class FindingsWriter {

    public static final String CSV_FILE = "findings.csv";
    public static final String JSON_FILE = "findings.json";

    static final List<String> CSV_COLUMNS = List.of("rule", "subject", "amount_vnd", "interest_vnd", "months",
            "flags", "detail", "legal_basis");

    private static final String SORTED_FINDINGS = """
            SELECT rule, subject, amount_vnd, interest_vnd, months, flags, detail, legal_basis, evidence
            FROM findings
            ORDER BY rule, subject, detail, amount_vnd, interest_vnd, months, flags, legal_basis, evidence""";

    /** Writes both files into {@code directory} (created if needed); returns the number of findings. */
    public long write(Connection connection, Path directory) throws SQLException, IOException {
        Files.createDirectories(directory);
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SORTED_FINDINGS);
             Writer csv = Files.newBufferedWriter(directory.resolve(CSV_FILE), StandardCharsets.UTF_8);
             Writer json = Files.newBufferedWriter(directory.resolve(JSON_FILE), StandardCharsets.UTF_8)) {
            csv.write(String.join(",", CSV_COLUMNS));
            csv.write('\n');
            json.write('[');
            while (rows.next()) {
                for (int column = 1; column <= CSV_COLUMNS.size(); column++) {
                    if (column > 1) {
                        csv.write(',');
                    }
                    csv.write(csvField(rows.getString(column)));
                }
                csv.write('\n');

                json.write(count == 0 ? "\n  {" : ",\n  {");
                for (int column = 1; column <= CSV_COLUMNS.size(); column++) {
                    json.write(jsonString(CSV_COLUMNS.get(column - 1)));
                    json.write(':');
                    json.write(jsonValue(rows, column));
                    json.write(',');
                }
                String evidence = rows.getString(9);
                json.write("\"evidence\":");
                json.write(evidence == null ? "[]" : evidence);
                json.write('}');
                count++;
            }
            json.write(count == 0 ? "]\n" : "\n]\n");
        }
        return count;
    }

    /**
     * RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled. A text
     * starting with {@code = + - @}, a tab or a carriage return would be run as a formula by a
     * spreadsheet opening findings.csv (CSV injection): it gets a leading apostrophe, unless it
     * is a plain number such as {@code -1500}.
     */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        value = formulaSafe(value);
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static String formulaSafe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9]+([.][0-9]+)?");

    private static String jsonValue(ResultSet rows, int column) throws SQLException {
        String name = CSV_COLUMNS.get(column - 1);
        boolean numeric = name.equals("amount_vnd") || name.equals("interest_vnd") || name.equals("months");
        String value = rows.getString(column);
        if (value == null) {
            return "null";
        }
        return numeric ? value : jsonString(value);
    }

    static String jsonString(String value) {
        return JsonText.quote(value);
    }
}
