package vn.phoihop.reconcile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of the runs: one per province, rule and subject, keeping its identity and status
 * from run to run. A finding is a lead, not a decision: it stays inside the agencies until an
 * officer confirms it.
 */
public interface Findings {

    enum Status {
        OPEN, CONFIRMED, DISMISSED, RESOLVED_BY_DATA;

        public String dbValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status fromDb(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    record Finding(long id, String provinceCode, String rule, String subject, Long amountVnd, Long interestVnd,
            Integer months, String flags, String detail, String legalBasis, String evidenceJson, Status status,
            long firstRunId, long lastRunId, String decisionNote, String decidedBy, Instant decidedAt, Long caseId) {
    }

    record Page(List<Finding> items, long total, int page, int size) {
    }

    Optional<Finding> byId(long id);

    /**
     * Findings of {@code rules} (all if null) in {@code provinceCode} (all if null), optionally
     * one rule and one status, newest first.
     */
    Page search(String provinceCode, Collection<String> rules, String rule, Status status, int page, int size);

    /**
     * Findings in {@code provinceCode} (all if null) whose subject is {@code identifier} or whose
     * evidence names it as a value, newest first (at most 200).
     */
    List<Finding> naming(String provinceCode, String identifier);

    /** Count per rule and status ("rule|status" → count) for the same scope. */
    Map<String, Long> counts(String provinceCode, Collection<String> rules);

    /** Records the officer's decision on an open finding; false if it was no longer open. */
    boolean decide(long id, Status decision, String note, String decidedBy, Long caseId);
}
