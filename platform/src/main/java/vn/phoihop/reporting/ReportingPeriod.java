package vn.phoihop.reporting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period: the first half of a year ("2026-H1", 01/01–30/06) or a whole year ("2026").
 * The regulations' yearly report closes before 20/12, so its figures are counted as of the
 * report's date, not beyond {@link #to()}.
 */
public record ReportingPeriod(String label, LocalDate from, LocalDate to) {

    public ReportingPeriod {
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }

    /** Parses "YYYY-H1", "YYYY-H2" or "YYYY". */
    public static ReportingPeriod parse(String text) {
        if (text == null || !text.matches("\\d{4}(-H[12])?")) {
            throw new IllegalArgumentException("period must be YYYY-H1, YYYY-H2 or YYYY, not " + text);
        }
        int year = Integer.parseInt(text.substring(0, 4));
        if (text.endsWith("-H1")) {
            return new ReportingPeriod(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
        }
        if (text.endsWith("-H2")) {
            return new ReportingPeriod(text, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
        }
        return new ReportingPeriod(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
