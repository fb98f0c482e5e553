package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The latest payment date of a contribution period (hạn đóng), Luật BHXH 2024
 * (41/2024/QH15) Điều 34.4: monthly → the last day of the following month; quarterly and
 * half-yearly → the last day of the month right after the cycle (calendar quarter, Jan–Jun
 * or Jul–Dec) that contains the period.
 */
public final class ContributionDeadlines {

    private ContributionDeadlines() {
    }

    /** The last month of the payment cycle that contains {@code period}. */
    public static YearMonth lastMonthOfCycle(YearMonth period, PaymentMode mode) {
        int size = mode.cycleMonths();
        int cycleIndex = (period.getMonthValue() - 1) / size;
        return YearMonth.of(period.getYear(), cycleIndex * size + size);
    }

    /** The first month of the payment cycle that contains {@code period}. */
    public static YearMonth firstMonthOfCycle(YearMonth period, PaymentMode mode) {
        return lastMonthOfCycle(period, mode).minusMonths(mode.cycleMonths() - 1L);
    }

    public static LocalDate deadline(YearMonth period, PaymentMode mode) {
        return lastMonthOfCycle(period, mode).plusMonths(1).atEndOfMonth();
    }
}
