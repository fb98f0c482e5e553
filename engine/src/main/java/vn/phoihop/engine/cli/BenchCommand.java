package vn.phoihop.engine.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.phoihop.engine.generate.Generator;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.engine.run.FindingsComparison;

/**
 * {@code phoihop bench}: generates (and caches) a synthetic province, measures the time DuckDB
 * needs merely to parse its CSV files once, then runs a full reconciliation in a separate JVM and
 * reports its wall time and peak resident memory beside that baseline, and whether the findings
 * equal the generator's expected findings.
 */
@Command(name = "bench", sortOptions = false,
        usageHelpWidth = 100, description = {
                "Benchmark: generates (and caches) a synthetic province of the given scale, times DuckDB's parse-only read of its CSV files, then runs './phoihop reconcile' on it in a separate JVM and reports wall time and peak RSS beside that baseline. Targets (docs/performance.md): full run within 3x the parse-only time, peak RSS <= 4 GB. Writes bench.json into the output directory."})
public final class BenchCommand implements Callable<Integer> {

    static final double TIME_TARGET_RATIO = 3.0;
    static final long MEMORY_TARGET_BYTES = 4L * 1024 * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "100",
            description = "K x 10,000 people (100 = about 1 million). Default: ${DEFAULT-VALUE}.")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where generated provinces are kept between runs. Default: $PHOIHOP_HOME/bench (./.phoihop/bench).")
    Path cache;

    @Option(names = "--threads", paramLabel = "N", description = "DuckDB threads. Default: the number of processors.")
    Integer threads;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "2GB",
            description = "DuckDB memory limit of the reconciliation. Default: ${DEFAULT-VALUE}.")
    String memoryLimit;

    @Option(names = "--jvm-heap", paramLabel = "SIZE", defaultValue = "1536m",
            description = "Maximum Java heap of the reconciliation JVM (-Xmx). Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path cacheRoot = cache != null ? cache : Path.of(System.getProperty("phoihop.home",
                System.getenv().getOrDefault("PHOIHOP_HOME", ".phoihop"))).resolve("bench");
        Path data = cacheRoot.resolve(String.format(Locale.ROOT, "scale-%s-seed-%d", trim(scale), seed));
        LocalDate asOf = Generator.DEFAULT_AS_OF;
        if (!Files.exists(data.resolve(Generator.MANIFEST_FILE))) {
            out.printf(Locale.ROOT, "Generating scale %s (seed %d) into %s …%n", trim(scale), seed, data);
            out.flush();
            new Generator().generate(data, scale, seed, asOf);
        } else {
            out.printf(Locale.ROOT, "Using cached data %s%n", data);
        }
        long inputBytes;
        try (Stream<Path> files = Files.list(data)) {
            inputBytes = files.filter(BenchCommand::isDatasetFile).mapToLong(BenchCommand::size).sum();
        }

        // twice, keeping the faster: the first read may also pay for bringing the files into the page cache
        double parseSeconds = Math.min(parseOnly(data, threadCount), parseOnly(data, threadCount));
        out.printf(Locale.ROOT, "DuckDB parse-only of the CSV inputs: %.2f s%n", parseSeconds);
        out.flush();

        Path result = cacheRoot.resolve("run-" + data.getFileName());
        long started = System.nanoTime();
        int exit = runReconciliation(data, asOf, result, threadCount);
        double runSeconds = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            out.printf(Locale.ROOT, "The reconciliation failed with exit code %d%n", exit);
            return exit;
        }
        String summary = Files.readString(result.resolve("summary.json"), StandardCharsets.UTF_8);
        long peakBytes = number(summary, "peak_rss_bytes");
        long rows = number(summary.substring(summary.indexOf("\"totals\"")), "rows_read");
        FindingsComparison.Outcome comparison = FindingsComparison.compare(
                data.resolve(Generator.EXPECTED_FINDINGS_FILE), result.resolve("findings.csv"));

        double ratio = runSeconds / parseSeconds;
        boolean timeMet = ratio <= TIME_TARGET_RATIO;
        boolean memoryMet = peakBytes > 0 && peakBytes <= MEMORY_TARGET_BYTES;
        out.printf(Locale.ROOT, "Full reconciliation (separate JVM, wall): %.2f s = %.2f x parse-only (target <= %.1f x): %s%n",
                runSeconds, ratio, TIME_TARGET_RATIO, timeMet ? "met" : "NOT met");
        out.printf(Locale.ROOT, "Peak RSS of the reconciliation: %,d MB (target <= 4096 MB): %s%n",
                peakBytes / (1024 * 1024), memoryMet ? "met" : "NOT met");
        out.printf(Locale.ROOT, "Rows read: %,d (%,d MB of input); findings equal the expected ones: %s%n", rows,
                inputBytes / (1024 * 1024), comparison.equal() ? "yes" : "NO — " + comparison.describe());
        String json = String.format(Locale.ROOT, """
                {"scale": %s, "seed": %d, "threads": %d, "memory_limit": "%s", "jvm_heap": "%s", "input_bytes": %d,
                 "rows_read": %d, "parse_only_seconds": %.3f, "reconcile_seconds": %.3f, "ratio": %.3f,
                 "peak_rss_bytes": %d, "time_target_met": %s, "memory_target_met": %s, "findings_equal_expected": %s,
                 "processors": %d, "java": "%s"}
                """, trim(scale), seed, threadCount, memoryLimit, heap, inputBytes, rows, parseSeconds, runSeconds,
                ratio, peakBytes, timeMet, memoryMet, comparison.equal(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Files.writeString(result.resolve("bench.json"), json, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "Written: %s%n", result.resolve("bench.json"));
        out.flush();
        return comparison.equal() ? 0 : 1;
    }

    /** DuckDB reads every column of every CSV input once, as text (the planted bad values would stop its type detection), into a temporary table. */
    static double parseOnly(Path data, int threads) throws IOException, SQLException {
        List<Path> csvFiles;
        try (Stream<Path> files = Files.list(data)) {
            csvFiles = files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .filter(BenchCommand::isDatasetFile).sorted().toList();
        }
        long start = System.nanoTime();
        try (Connection connection = DuckDbSettings.of(threads, "2GB").connect(data.resolve(".duckdb-spill"));
             Statement statement = connection.createStatement()) {
            for (Path file : csvFiles) {
                statement.execute("CREATE OR REPLACE TEMP TABLE parsed AS SELECT * FROM read_csv('"
                        + file.toAbsolutePath().toString().replace("'", "''") + "', header = true, all_varchar = true)");
            }
            statement.execute("DROP TABLE IF EXISTS parsed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private int runReconciliation(Path data, LocalDate asOf, Path result, int threadCount)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        // as ./phoihop runs the engine's commands: C1 only, inlining up to 50 bytes of bytecode, and the
        // serial collector (docs/performance.md)
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=50", "-XX:+UseSerialGC"));
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, EngineCli.class.getName()));
        }
        command.addAll(List.of("reconcile", "--data", data.toString(), "--as-of", asOf.toString(), "--out",
                result.toString(), "--threads", Integer.toString(threadCount), "--memory-limit", memoryLimit));
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor();
    }

    private static boolean isDatasetFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".csv") || name.endsWith(".xlsx")) && !name.startsWith("expected_");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\": (-?\\d+)").matcher(json);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
