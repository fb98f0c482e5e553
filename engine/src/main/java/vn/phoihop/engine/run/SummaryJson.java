package vn.phoihop.engine.run;

import vn.phoihop.engine.text.JsonText;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.read.DatasetLoad;
import vn.phoihop.engine.rules.RunReport;

/**
 * summary.json: rows read, accepted, rejected and warnings per dataset; findings per rule; rules
 * skipped and why; time per stage and per rule; the process's peak resident memory.
 */
final class SummaryJson {

    private SummaryJson() {
    }

    static void write(Reconciliation.Result result, Path file) throws IOException {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\n");
        field(json, 1, "as_of", string(result.options().asOf().toString()), true);
        field(json, 1, "data", string(result.options().data().toString()), true);
        json.append("  \"datasets\": {\n");
        List<Dataset> datasets = Catalog.all();
        for (int i = 0; i < datasets.size(); i++) {
            String code = datasets.get(i).code();
            DatasetLoad load = result.load().dataset(code).orElseThrow();
            json.append("    ").append(string(code)).append(": {");
            json.append("\"status\": ").append(string(load.status().name().toLowerCase(Locale.ROOT)));
            json.append(", \"file\": ").append(load.file().map(SummaryJson::string).orElse("null"));
            json.append(", \"rows_read\": ").append(load.rowsRead());
            json.append(", \"rows_accepted\": ").append(load.rowsAccepted());
            json.append(", \"rows_rejected\": ").append(load.rowsRejected());
            json.append(", \"warnings\": ").append(load.warnings());
            json.append(", \"seconds\": ").append(seconds(load.elapsed()));
            json.append('}').append(i < datasets.size() - 1 ? ",\n" : "\n");
        }
        json.append("  },\n");
        json.append("  \"totals\": {\"rows_read\": ").append(result.load().rowsRead())
                .append(", \"rows_accepted\": ").append(result.load().rowsAccepted())
                .append(", \"rows_rejected\": ").append(result.load().rowsRejected())
                .append(", \"warnings\": ").append(result.load().warningCount())
                .append(", \"findings\": ").append(result.findings()).append("},\n");
        json.append("  \"rules\": {\n");
        List<RunReport.AppliedRule> applied = result.rules().applied();
        for (int i = 0; i < applied.size(); i++) {
            RunReport.AppliedRule rule = applied.get(i);
            json.append("    ").append(string(rule.rule())).append(": {\"findings\": ").append(rule.findings())
                    .append(", \"seconds\": ").append(seconds(rule.time()));
            if (!rule.missingOptionalDatasets().isEmpty()) {
                json.append(", \"missing_optional_datasets\": ").append(array(rule.missingOptionalDatasets()));
            }
            json.append('}').append(i < applied.size() - 1 ? ",\n" : "\n");
        }
        json.append("  },\n");
        json.append("  \"skipped_rules\": [");
        List<RunReport.SkippedRule> skipped = result.rules().skipped();
        for (int i = 0; i < skipped.size(); i++) {
            RunReport.SkippedRule rule = skipped.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"rule\": ").append(string(rule.rule()))
                    .append(", \"missing_datasets\": ").append(array(rule.missingDatasets()))
                    .append(", \"reason\": ").append(string(rule.reason())).append('}');
        }
        json.append(skipped.isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"stages_seconds\": {");
        int n = 0;
        for (Map.Entry<String, Duration> stage : result.stages().entrySet()) {
            json.append(n++ == 0 ? "" : ", ").append(string(stage.getKey())).append(": ").append(seconds(stage.getValue()));
        }
        json.append(", \"shared_definitions\": ").append(seconds(result.rules().sharedDefinitionsTime()));
        json.append("},\n");
        field(json, 1, "total_seconds", seconds(result.total()), true);
        field(json, 1, "peak_rss_bytes", String.valueOf(PeakMemory.residentBytes()), false);
        json.append("}\n");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(json.toString());
        }
    }

    private static void field(StringBuilder json, int depth, String name, String value, boolean comma) {
        json.append("  ".repeat(depth)).append(string(name)).append(": ").append(value).append(comma ? ",\n" : "\n");
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
    }

    private static String array(List<String> values) {
        return values.stream().map(SummaryJson::string).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    static String string(String value) {
        return JsonText.quote(value);
    }
}
