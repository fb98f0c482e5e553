package vn.phoihop.engine.generate;

import java.time.LocalDate;

/** A birth date that may lack its day or its month and day (common in older records). */
public record PartialDate(int year, Integer month, Integer day) {

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate yearOnly(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate yearMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /** Birth-date compatibility of rules.md: same year; month and day equal or missing on one side. */
    public boolean compatibleWith(PartialDate other) {
        return year == other.year
                && (month == null || other.month == null || month.equals(other.month))
                && (day == null || other.day == null || day.equals(other.day));
    }
}
