package vn.phoihop.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.phoihop.engine.generate.Generator;
import vn.phoihop.engine.generate.GeneratorResult;

/** {@code phoihop generate}: writes a synthetic province with its expected findings. */
@Command(name = "generate", sortOptions = false,
        usageHelpWidth = 100, description = {
                "Writes a synthetic province (Quảng Ngãi) as the 17 datasets of datasets.md: a clean background, planted cases for every rule of rules.md and bad rows the reader must reject, with the answers: expected_findings.csv, expected_rejects.csv and manifest.json (see docs/generator.md). The same scale, seed and as-of date always give byte-identical files."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory to write into (created if missing; existing files of the same name are replaced).")
    Path out;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "1",
            description = "Size: K × 10,000 people in population, other datasets in proportion "
                    + "(K = 100 → about 1 million people). Fractions allowed; at most 1100. Default: ${DEFAULT-VALUE}.")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the pseudo-random choices; another seed gives another province. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "2026-06-30",
            description = "The date D the data is exported on and the rules are applied as of "
                    + "(2026-01-01 to 2099-12-31). Default: ${DEFAULT-VALUE}.")
    LocalDate asOf;

    @Option(names = "--quiet", description = "Do not print progress.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        int[] lastPercent = {-1};
        Generator generator = new Generator((phase, done, total) -> {
            if (quiet) {
                return;
            }
            int percent = total == 0 ? 100 : (int) (done * 100 / total);
            if (percent != lastPercent[0] && percent % 10 == 0) {
                lastPercent[0] = percent;
                err.printf(Locale.ROOT, "%s: %d%%%n", phase, percent);
                err.flush();
            }
        });
        GeneratorResult result;
        try {
            result = generator.generate(out, scale, seed, asOf);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
        outWriter.printf(Locale.ROOT, "Wrote %d people, %d rows in %d files to %s in %.1f s%n", result.people(), rows,
                result.files().size(), result.directory(), result.elapsed().toMillis() / 1000.0);
        outWriter.printf(Locale.ROOT, "Expected: %d findings (%s), %d rejected rows (%s); planted cases in %s%n",
                result.expectedFindings().size(), Generator.EXPECTED_FINDINGS_FILE, result.expectedRejects(),
                Generator.EXPECTED_REJECTS_FILE, Generator.MANIFEST_FILE);
        outWriter.flush();
        return 0;
    }

    /** Runs the command alone (the launcher registers it as a subcommand). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }
}
