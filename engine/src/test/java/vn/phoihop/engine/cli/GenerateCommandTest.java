package vn.phoihop.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class GenerateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void help_explains_every_option() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("generate", "--out", "--scale", "--seed", "--as-of", "--quiet", "--help",
                "10,000 people", "2026-06-30", "byte-identical");
    }

    @Test
    void generating_a_small_province_writes_the_datasets_and_the_answers(@TempDir Path dir) {
        assertThat(run("--out", dir.toString(), "--scale", "0.02", "--seed", "4", "--as-of", "2026-03-31")).isZero();
        assertThat(dir.resolve("population.csv")).exists();
        assertThat(dir.resolve("expected_findings.csv")).exists();
        assertThat(dir.resolve("expected_rejects.csv")).exists();
        assertThat(dir.resolve("manifest.json")).content().contains("\"as_of\": \"2026-03-31\"", "\"seed\": 4");
        assertThat(out.toString()).contains("Wrote 200 people");
        assertThat(err.toString()).contains("people: 100%");
    }

    @Test
    void an_as_of_date_before_the_supported_range_is_refused(@TempDir Path dir) throws Exception {
        assertThat(run("--out", dir.resolve("x").toString(), "--as-of", "2025-03-01")).isEqualTo(2);
        assertThat(err.toString()).contains("as-of date must be between");
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }

    @Test
    void a_malformed_date_is_refused() {
        assertThat(run("--out", "unused", "--as-of", "30/06/2026")).isEqualTo(2);
    }
}
