package vn.phoihop.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each directory under {@code read/golden} holds an {@code input} directory and the
 * expected {@code rejects.csv}, {@code warnings.csv} and per-dataset counts, compared byte for byte.
 * Run with {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change
 * (then review the diff).
 */
class GoldenRejectsTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path work;

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path golden = goldenRoot();
        try (Stream<Path> list = Files.list(golden)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path goldenRoot() throws URISyntaxException {
        return Path.of(GoldenRejectsTest.class.getResource("/read/golden").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_rejects_warnings_and_counts_of_a_golden_case_are_exactly_the_expected_ones(String name) throws Exception {
        Path source = Path.of("src/test/resources/read/golden", name);
        Path caseDirectory = goldenRoot().resolve(name);
        LoadReport report = new DatasetLoader(LoaderFixture.SMALL).loadDirectory(caseDirectory.resolve("input"), work);

        String counts = report.datasets().stream()
                .filter(d -> d.status() != LoadStatus.MISSING)
                .map(d -> String.join(",", d.dataset(), d.status().name(), Long.toString(d.rowsRead()),
                        Long.toString(d.rowsAccepted()), Long.toString(d.rowsRejected()), Long.toString(d.warnings())))
                .collect(Collectors.joining("\n", "dataset,status,read,accepted,rejected,warnings\n", "\n"));
        String rejects = Files.readString(report.rejects(), StandardCharsets.UTF_8);
        String warnings = Files.readString(report.warnings(), StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.writeString(source.resolve("expected-rejects.csv"), rejects, StandardCharsets.UTF_8);
            Files.writeString(source.resolve("expected-warnings.csv"), warnings, StandardCharsets.UTF_8);
            Files.writeString(source.resolve("expected-counts.csv"), counts, StandardCharsets.UTF_8);
        }
        assertThat(Files.readAllBytes(report.rejects()))
                .as("rejects.csv of %s", name)
                .isEqualTo(Files.readAllBytes(caseDirectory.resolve("expected-rejects.csv")));
        assertThat(Files.readAllBytes(report.warnings()))
                .as("warnings.csv of %s", name)
                .isEqualTo(Files.readAllBytes(caseDirectory.resolve("expected-warnings.csv")));
        assertThat(counts).isEqualTo(Files.readString(caseDirectory.resolve("expected-counts.csv"), StandardCharsets.UTF_8));
    }
}
