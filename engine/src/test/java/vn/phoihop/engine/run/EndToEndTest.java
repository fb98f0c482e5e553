package vn.phoihop.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.phoihop.engine.generate.Generator;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.engine.rules.RuleParameters;

/** Generated province in, findings out: they must equal the generator's expected findings and rejects. */
class EndToEndTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "scale {0}, seed {1}, as of {2}")
    @CsvSource({
        "1, 1, 2026-06-30",
        "0.5, 7, 2026-06-30",
        "2, 42, 2026-09-01",
        "1, 3, 2027-12-31"})
    void generated_data_yields_exactly_the_expected_findings_and_rejects(double scale, long seed, LocalDate asOf)
            throws Exception {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        new Generator().generate(data, scale, seed, asOf);

        Reconciliation.Result result = new Reconciliation().run(
                new Reconciliation.Options(data, asOf, out, DuckDbSettings.of(2, "1GB"), RuleParameters.defaults()),
                Reconciliation.Listener.NONE);

        FindingsComparison.Outcome findings = FindingsComparison.compare(
                data.resolve(Generator.EXPECTED_FINDINGS_FILE), out.resolve("findings.csv"));
        assertThat(findings.equal()).as(findings.describe()).isTrue();
        assertThat(result.rules().skipped()).isEmpty();

        List<String> rejectColumns = List.of("dataset", "file", "line", "column");
        assertThat(read(out.resolve(Reconciliation.REJECTS_FILE), rejectColumns))
                .isEqualTo(read(data.resolve(Generator.EXPECTED_REJECTS_FILE), rejectColumns));
        assertThat(result.load().rowsRead()).isEqualTo(result.load().rowsAccepted() + result.load().rowsRejected());
        assertThat(Files.readString(out.resolve(Reconciliation.SUMMARY_FILE))).contains("\"findings\": " + result.findings());
    }

    @org.junit.jupiter.api.Test
    void the_same_inputs_and_date_give_a_byte_identical_findings_file() throws Exception {
        Path data = work.resolve("data");
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        new Generator().generate(data, 0.5, 11, asOf);
        for (String run : List.of("first", "second")) {
            new Reconciliation().run(new Reconciliation.Options(data, asOf, work.resolve(run), DuckDbSettings.of(2, "1GB"),
                    RuleParameters.defaults()), Reconciliation.Listener.NONE);
        }
        assertThat(Files.readAllBytes(work.resolve("first/findings.csv")))
                .isEqualTo(Files.readAllBytes(work.resolve("second/findings.csv")));
    }

    @org.junit.jupiter.api.Test
    void a_missing_dataset_skips_the_rules_that_need_it_and_says_why() throws Exception {
        Path data = work.resolve("data");
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        new Generator().generate(data, 0.2, 5, asOf);
        Files.delete(data.resolve("population.csv"));

        Reconciliation.Result result = new Reconciliation().run(new Reconciliation.Options(data, asOf,
                work.resolve("out"), DuckDbSettings.of(2, "1GB"), RuleParameters.defaults()), Reconciliation.Listener.NONE);

        assertThat(result.rules().skipped()).extracting(skipped -> skipped.rule())
                .contains("POP-MISMATCH", "POP-ID-SUGGESTED", "POP-NOT-FOUND");
        assertThat(result.rules().skipped()).allSatisfy(skipped -> assertThat(skipped.reason()).contains("population"));
        String summary = Files.readString(work.resolve("out").resolve(Reconciliation.SUMMARY_FILE));
        assertThat(summary).contains("\"population\": {\"status\": \"missing\"").contains("\"skipped_rules\": [");
    }

    private static SortedSet<String> read(Path csv, List<String> columns) throws IOException {
        SortedSet<String> rows = new TreeSet<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : reader) {
                rows.add(String.join("|", columns.stream().map(record::getField).toList()));
            }
        }
        return rows;
    }
}
