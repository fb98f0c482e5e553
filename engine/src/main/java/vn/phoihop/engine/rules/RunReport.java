package vn.phoihop.engine.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a run did: the rules applied (with their finding count and time), the rules skipped (with
 * the datasets that were missing), and the time spent on the shared definitions.
 */
public record RunReport(LocalDate asOf, Duration sharedDefinitionsTime, List<AppliedRule> applied,
                        List<SkippedRule> skipped) {

    public RunReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sharedDefinitionsTime, "sharedDefinitionsTime");
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
    }

    /** A rule that ran; {@code missingOptionalDatasets} read as empty. */
    public record AppliedRule(String rule, long findings, Duration time, List<String> missingOptionalDatasets) {
        public AppliedRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(time, "time");
            missingOptionalDatasets = List.copyOf(missingOptionalDatasets);
        }
    }

    /** A rule that could not run because required datasets were absent. */
    public record SkippedRule(String rule, List<String> missingDatasets) {
        public SkippedRule {
            Objects.requireNonNull(rule, "rule");
            missingDatasets = List.copyOf(missingDatasets);
            if (missingDatasets.isEmpty()) {
                throw new IllegalArgumentException("a skipped rule names the datasets it missed");
            }
        }

        /** A one-line reason for the run summary. */
        public String reason() {
            return "missing dataset(s): " + String.join(", ", missingDatasets);
        }
    }

    public long totalFindings() {
        return applied.stream().mapToLong(AppliedRule::findings).sum();
    }
}
