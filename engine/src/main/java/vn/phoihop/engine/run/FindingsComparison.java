package vn.phoihop.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.SortedSet;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Compares findings with expected findings on what a rule decides: rule, subject, amount_vnd,
 * interest_vnd, months and flags (not the wording of {@code detail}).
 */
public final class FindingsComparison {

    static final List<String> COMPARED = List.of("rule", "subject", "amount_vnd", "interest_vnd", "months", "flags");

    private FindingsComparison() {
    }

    /** Rows only expected, and rows only found, each as {@code rule,subject,amount,interest,months,flags}. */
    public record Outcome(SortedSet<String> missing, SortedSet<String> unexpected) {
        public boolean equal() {
            return missing.isEmpty() && unexpected.isEmpty();
        }

        public String describe() {
            List<String> lines = new ArrayList<>();
            missing.stream().limit(20).forEach(row -> lines.add("expected but not found: " + row));
            unexpected.stream().limit(20).forEach(row -> lines.add("found but not expected: " + row));
            return String.join("\n", lines);
        }
    }

    public static Outcome compare(Path expectedCsv, Path findingsCsv) throws IOException {
        SortedSet<String> expected = read(expectedCsv);
        SortedSet<String> found = read(findingsCsv);
        SortedSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(found);
        SortedSet<String> unexpected = new TreeSet<>(found);
        unexpected.removeAll(expected);
        return new Outcome(missing, unexpected);
    }

    static SortedSet<String> read(Path csv) throws IOException {
        SortedSet<String> rows = new TreeSet<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : reader) {
                rows.add(String.join(",", COMPARED.stream().map(column -> record.getField(column)).toList()));
            }
        }
        return rows;
    }
}
