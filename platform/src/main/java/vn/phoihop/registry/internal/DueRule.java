package vn.phoihop.registry.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * When a duty falls due in a year, as the regulations say it: "before the 10th of each month",
 * "quarterly", "every six months", "in November", "last week of June and December", "before
 * 05/07", "at 31/12 and, for education units, end of July", "every 5 years". "Before a date"
 * means the last allowed day is the day before it.
 */
sealed interface DueRule {

    /** One occurrence: its period label, the first day of its window (may be null) and its due date. */
    record Occurrence(String period, LocalDate windowStart, LocalDate dueDate) {
    }

    List<Occurrence> occurrences(int year);

    record None() implements DueRule {
        public List<Occurrence> occurrences(int year) {
            return List.of();
        }
    }

    record Monthly(int beforeDay) implements DueRule {
        public List<Occurrence> occurrences(int year) {
            List<Occurrence> result = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                LocalDate due = LocalDate.of(year, month, beforeDay).minusDays(1);
                result.add(new Occurrence(String.format(java.util.Locale.ROOT, "M%02d", month),
                        LocalDate.of(year, month, 1), due));
            }
            return result;
        }
    }

    record Quarterly() implements DueRule {
        public List<Occurrence> occurrences(int year) {
            List<Occurrence> result = new ArrayList<>();
            for (int quarter = 1; quarter <= 4; quarter++) {
                YearMonth last = YearMonth.of(year, quarter * 3);
                result.add(new Occurrence("Q" + quarter, LocalDate.of(year, quarter * 3 - 2, 1), last.atEndOfMonth()));
            }
            return result;
        }
    }

    record SixMonthly() implements DueRule {
        public List<Occurrence> occurrences(int year) {
            return List.of(new Occurrence("H1", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)),
                    new Occurrence("H2", LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)));
        }
    }

    record InMonth(List<Integer> months) implements DueRule {
        public List<Occurrence> occurrences(int year) {
            return months.stream().map(m -> new Occurrence(months.size() == 1 ? "Y" : "M" + m,
                    LocalDate.of(year, m, 1), YearMonth.of(year, m).atEndOfMonth())).toList();
        }
    }

    /** The last week of a month: the seven days ending on its last day. */
    record LastWeekOf(List<Integer> months) implements DueRule {
        public List<Occurrence> occurrences(int year) {
            List<Occurrence> result = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                LocalDate last = YearMonth.of(year, months.get(i)).atEndOfMonth();
                String period = months.size() == 2 ? "H" + (i + 1) : "M" + months.get(i);
                result.add(new Occurrence(period, last.minusDays(6), last));
            }
            return result;
        }
    }

    /** Fixed dates each year, "on" a day or "before" a day (due the day before). */
    record Dates(List<FixedDate> dates) implements DueRule {
        public List<Occurrence> occurrences(int year) {
            return dates.stream().map(d -> new Occurrence(d.period(), null,
                    d.before() ? d.day().atYear(year).minusDays(1) : d.day().atYear(year))).toList();
        }
    }

    record FixedDate(String period, MonthDay day, boolean before) {
    }

    /** Every N years counted from an anchor year (the year of signature), on a day. */
    record EveryYears(int every, int anchor, MonthDay day) implements DueRule {
        public List<Occurrence> occurrences(int year) {
            if (year <= anchor || (year - anchor) % every != 0) {
                return List.of();
            }
            return List.of(new Occurrence(every + "Y", null, day.atYear(year)));
        }
    }
}
