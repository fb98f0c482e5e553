package vn.phoihop.engine.generate;

import vn.phoihop.engine.text.JsonText;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates a synthetic province: the 17 datasets, {@code expected_findings.csv},
 * {@code expected_rejects.csv} and {@code manifest.json}. The same (scale, seed, as-of) give
 * byte-identical files. Rows are streamed to disk; memory does not grow with the scale.
 */
public final class Generator {

    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_SCALE = 1;
    /** Scale 1 = this many people in {@code population}. */
    public static final long PEOPLE_PER_SCALE_UNIT = 10_000;
    /**
     * Earliest supported as-of date: the planted arrears from 02/2025 (interest before and
     * after the 01/07/2025 transition, a reminder of 15/09/2025) need D well after them.
     */
    public static final LocalDate EARLIEST_AS_OF = LocalDate.of(2026, 1, 1);
    public static final LocalDate LATEST_AS_OF = LocalDate.of(2099, 12, 31);
    /** Largest scale the identifier scheme serves (person indexes up to {@link Identifiers#MAX_PERSON_INDEX}). */
    public static final double MAX_SCALE = 1_100;

    public static final String EXPECTED_FINDINGS_FILE = "expected_findings.csv";
    public static final String EXPECTED_REJECTS_FILE = "expected_rejects.csv";
    public static final String MANIFEST_FILE = "manifest.json";

    private final GenerationProgress progress;

    public Generator() {
        this(GenerationProgress.NONE);
    }

    public Generator(GenerationProgress progress) {
        this.progress = progress;
    }

    /** Number of people in {@code population} for a scale. */
    public static long peopleFor(double scale) {
        return Math.max(1, Math.round(scale * PEOPLE_PER_SCALE_UNIT));
    }

    public GeneratorResult generate(Path out, double scale, long seed, LocalDate asOf) throws IOException {
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be > 0 and ≤ " + MAX_SCALE + ", was " + scale);
        }
        if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
            throw new IllegalArgumentException("as-of date must be between " + EARLIEST_AS_OF + " and " + LATEST_AS_OF);
        }
        long started = System.nanoTime();
        Files.createDirectories(out);
        long people = peopleFor(scale);
        Map<Dataset, FileStyle> styles = FileStyles.forScale(scale);
        for (Dataset d : Dataset.values()) {
            // A previous run at another scale may have left the other form of this dataset.
            String other = styles.get(d).xlsx() ? ".csv" : ".xlsx";
            Files.deleteIfExists(out.resolve(d.code() + other));
        }
        PlantedCases planted;
        BadRows badRows;
        Map<Dataset, Long> rows;
        Map<String, String> files = new LinkedHashMap<>();
        try (Sinks sinks = new Sinks(out, styles, seed, asOf)) {
            World world = new World(asOf, sinks, people);
            Background background = new Background(world, people, new SplittableRandom(seed), progress);
            background.run();
            progress.report("bad rows and planted cases", 0, 1);
            badRows = new BadRows(world);
            badRows.write(background.firstPopulationRow(), background.firstUnitCode());
            planted = new PlantedCases(world, new SplittableRandom(seed ^ 0x5DEECE66DL));
            planted.plantAll();
            rows = sinks.rowCounts();
            for (Dataset d : Dataset.values()) {
                files.put(d.code(), sinks.fileName(d));
            }
        }
        List<ExpectedFinding> findings = new ArrayList<>(planted.findings());
        findings.sort(null);
        checkUnique(findings);
        writeLines(out.resolve(EXPECTED_FINDINGS_FILE), ExpectedFinding.HEADER,
                findings.stream().map(ExpectedFinding::csvLine).toList());
        List<BadRows.Reject> rejects = new ArrayList<>(badRows.rejects());
        rejects.sort((a, b) -> a.dataset().equals(b.dataset()) ? Long.compare(a.line(), b.line())
                : a.dataset().compareTo(b.dataset()));
        writeLines(out.resolve(EXPECTED_REJECTS_FILE), BadRows.Reject.HEADER,
                rejects.stream().map(BadRows.Reject::csvLine).toList());
        Map<String, Long> rowsByCode = new LinkedHashMap<>();
        rows.forEach((d, n) -> rowsByCode.put(d.code(), n));
        Files.writeString(out.resolve(MANIFEST_FILE),
                manifest(asOf, seed, scale, people, files, rowsByCode, rejects, findings, planted.cases()),
                StandardCharsets.UTF_8);
        progress.report("bad rows and planted cases", 1, 1);
        return new GeneratorResult(out, asOf, seed, scale, people, files, rowsByCode, findings, rejects.size(),
                planted.cases(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static void checkUnique(List<ExpectedFinding> findings) {
        Set<String> seen = new HashSet<>();
        for (ExpectedFinding f : findings) {
            if (!seen.add(f.rule() + "|" + f.subject())) {
                throw new IllegalStateException("two expected findings for " + f.rule() + " " + f.subject());
            }
        }
    }

    private static void writeLines(Path file, String header, List<String> lines) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }

    private static String manifest(LocalDate asOf, long seed, double scale, long people, Map<String, String> files,
                                   Map<String, Long> rows, List<BadRows.Reject> rejects, List<ExpectedFinding> findings,
                                   List<PlantedCase> cases) {
        Map<String, Long> rejectsPerDataset = new TreeMap<>();
        rejects.forEach(r -> rejectsPerDataset.merge(r.dataset(), 1L, Long::sum));
        Map<String, Long> findingsPerRule = new TreeMap<>();
        findings.forEach(f -> findingsPerRule.merge(f.rule(), 1L, Long::sum));
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"as_of\": ").append(quote(asOf.toString())).append(",\n");
        json.append("  \"seed\": ").append(seed).append(",\n");
        json.append("  \"scale\": ").append(BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString()).append(",\n");
        json.append("  \"people\": ").append(people).append(",\n");
        json.append("  \"expected_findings\": ").append(findings.size()).append(",\n");
        json.append("  \"expected_rejects\": ").append(rejects.size()).append(",\n");
        json.append("  \"datasets\": {\n");
        int i = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            json.append("    ").append(quote(e.getKey())).append(": {\"file\": ").append(quote(e.getValue()))
                    .append(", \"rows\": ").append(rows.get(e.getKey()))
                    .append(", \"expected_rejects\": ").append(rejectsPerDataset.getOrDefault(e.getKey(), 0L)).append('}')
                    .append(++i < files.size() ? ",\n" : "\n");
        }
        json.append("  },\n");
        json.append("  \"findings_by_rule\": {\n");
        i = 0;
        for (String rule : Rules.ALL) {
            json.append("    ").append(quote(rule)).append(": ").append(findingsPerRule.getOrDefault(rule, 0L))
                    .append(++i < Rules.ALL.size() ? ",\n" : "\n");
        }
        json.append("  },\n");
        json.append("  \"planted_cases\": {\n");
        i = 0;
        for (String rule : Rules.ALL) {
            json.append("    ").append(quote(rule)).append(": [\n");
            List<PlantedCase> ofRule = cases.stream().filter(c -> c.rule().equals(rule)).toList();
            for (int j = 0; j < ofRule.size(); j++) {
                PlantedCase c = ofRule.get(j);
                json.append("      {\"subject\": ").append(quote(c.subject())).append(", \"fires\": ").append(c.fires())
                        .append(", \"description\": ").append(quote(c.description())).append('}')
                        .append(j + 1 < ofRule.size() ? ",\n" : "\n");
            }
            json.append("    ]").append(++i < Rules.ALL.size() ? ",\n" : "\n");
        }
        json.append("  }\n");
        json.append("}\n");
        return json.toString();
    }

    static String quote(String s) {
        return JsonText.quote(s);
    }
}
