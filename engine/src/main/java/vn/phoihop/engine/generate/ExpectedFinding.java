package vn.phoihop.engine.generate;

import java.util.Comparator;

/**
 * One line of {@code expected_findings.csv}: what a correct reconciliation run must report
 * for a planted case ({@code null} = empty cell). Sorted by rule, then subject.
 */
public record ExpectedFinding(String rule, String subject, Long amountVnd, Long interestVnd, Integer months,
                              String flags) implements Comparable<ExpectedFinding> {

    public static final String HEADER = "rule,subject,amount_vnd,interest_vnd,months,flags";

    private static final Comparator<ExpectedFinding> ORDER =
            Comparator.comparing(ExpectedFinding::rule).thenComparing(ExpectedFinding::subject);

    public ExpectedFinding {
        if (rule == null || rule.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule and a subject");
        }
        flags = flags == null ? "" : flags;
    }

    static ExpectedFinding of(String rule, String subject) {
        return new ExpectedFinding(rule, subject, null, null, null, "");
    }

    String csvLine() {
        return String.join(",", rule, subject, text(amountVnd), text(interestVnd), text(months), flags);
    }

    @Override
    public int compareTo(ExpectedFinding other) {
        return ORDER.compare(this, other);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
