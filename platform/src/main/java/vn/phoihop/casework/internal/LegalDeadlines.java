package vn.phoihop.casework.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.WorkingDays;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * The period of each legal deadline of a case, from data: the rule's own period
 * ({@code deadline_rule}), replaced by the variant the law sets for a complex, remote-area or
 * second-time case ({@code deadline_variant}), plus the extensions granted within
 * {@code deadline_extension_rule}.
 */
@Component
class LegalDeadlines {

    static final Set<String> COMPLEXITIES = Set.of("normal", "complex", "very_complex");

    /** What the law makes a deadline depend on. */
    record Classification(String complexity, boolean remoteArea, int attempt) {
        static final Classification ORDINARY = new Classification("normal", false, 1);

        Classification {
            if (!COMPLEXITIES.contains(complexity)) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                        Map.of("complexity", "normal, complex or very_complex"));
            }
            if (attempt != 1 && attempt != 2) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("attempt", "1 or 2"));
            }
        }
    }

    /** A period and the article that sets it. */
    record Period(int amount, String unit, String article) {
    }

    /** How far a deadline may be extended, and how often. */
    record ExtensionRule(int maxTimes, int maxAmount, String unit, String article) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    LegalDeadlines(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /** The period of the rule for a case so classified: the matching variant, else the rule itself. */
    Period period(String ruleCode, Classification c) {
        return jdbc.sql("""
                SELECT amount, unit, article FROM deadline_variant
                WHERE rule_code = ? AND complexity = ? AND remote_area = ? AND attempt = ?""")
                .params(ruleCode, c.complexity(), c.remoteArea(), c.attempt())
                .query((rs, row) -> new Period(rs.getInt(1), rs.getString(2), rs.getString(3))).optional()
                .orElseGet(() -> jdbc.sql("SELECT amount, unit, article FROM deadline_rule WHERE code = ?")
                        .param(ruleCode)
                        .query((rs, row) -> new Period(rs.getInt(1), rs.getString(2), rs.getString(3))).single());
    }

    /** The extension the law allows for this rule and complexity, if any. */
    Optional<ExtensionRule> extensionRule(String ruleCode, String complexity) {
        return jdbc.sql("""
                SELECT max_times, max_amount, unit, article FROM deadline_extension_rule
                WHERE rule_code = ? AND complexity IN (?, '*') ORDER BY complexity = '*' LIMIT 1""")
                .params(ruleCode, complexity)
                .query((rs, row) -> new ExtensionRule(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    int extensionsGranted(long caseId, String ruleCode) {
        return jdbc.sql("SELECT count(*) FROM case_deadline_extension WHERE case_id = ? AND rule_code = ?")
                .params(caseId, ruleCode).query(Integer.class).single();
    }

    /**
     * The due date: the period counted from the start, then every extension granted added in
     * turn (each counted in its own unit).
     */
    LocalDate dueOn(long caseId, String ruleCode, Period period, LocalDate start) {
        LocalDate due = plus(start, period.amount(), period.unit());
        for (Map<String, Object> ext : jdbc.sql("""
                SELECT amount, unit FROM case_deadline_extension WHERE case_id = ? AND rule_code = ? ORDER BY id""")
                .params(caseId, ruleCode).query().listOfRows()) {
            due = plus(due, ((Number) ext.get("amount")).intValue(), (String) ext.get("unit"));
        }
        return due;
    }

    LocalDate plus(LocalDate start, int amount, String unit) {
        return switch (unit) {
            case "working_days" -> workingDays.plusWorkingDays(start, amount);
            case "months" -> start.plusMonths(amount);
            default -> start.plusDays(amount);
        };
    }
}
