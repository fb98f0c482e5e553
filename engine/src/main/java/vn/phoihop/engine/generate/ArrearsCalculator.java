package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Expected arrears of one unit as of D, computed the way rules.md defines them: overdue
 * balances after {@link PaymentAllocation}, the evasion portion (trốn đóng, Luật BHXH 2024
 * Điều 39.1.đ), the late-payment interest (Điều 40.1, 41.1, transitional Điều 141.12) and
 * the criminal-threshold flag (Penal Code Điều 216.1).
 */
public final class ArrearsCalculator {

    /** An overdue balance is an evasion portion only when overdue by more than this many days (Điều 39.1.đ). */
    public static final int EVASION_AFTER_DAYS = 60;
    /** Interest per day, in ten-thousandths: 0.03 %/day (Luật BHXH 2024 Điều 40.1, 41.1). */
    public static final long DAILY_INTEREST_TEN_THOUSANDTHS = 3;
    /** Interest days count from the day after this date at the earliest (Điều 141.12: amounts unpaid at 30/06/2025 fall under the new law). */
    public static final LocalDate INTEREST_START_FLOOR = LocalDate.of(2025, 6, 30);
    /** Penal Code Điều 216.1: evading for 6 months or more. */
    public static final int CRIMINAL_MIN_PERIODS = 6;
    /** Penal Code Điều 216.1: 50,000,000 VND or more evaded. */
    public static final long CRIMINAL_MIN_AMOUNT_VND = 50_000_000L;
    /** Penal Code Điều 216.1: 10 employees or more. */
    public static final int CRIMINAL_MIN_EMPLOYEES = 10;

    /** A {@code contribution_dues} row. */
    public record Due(int headcount, long amount) {
    }

    public enum Kind { NONE, LATE, EVASION }

    /** The expected arrears of one unit. */
    public record UnitArrears(Kind kind, long overdueAmount, int overduePeriods, long interest,
                              int evasionPeriods, long evasionAmount, int largestEvasionHeadcount,
                              boolean criminalThreshold, PaymentAllocation.Result allocation) {
    }

    private ArrearsCalculator() {
    }

    public static UnitArrears compute(PaymentMode mode, SortedMap<YearMonth, Due> dues,
                                      List<PaymentAllocation.Payment> payments,
                                      List<LocalDate> remindersSentOn, LocalDate asOf) {
        TreeMap<YearMonth, Long> amounts = new TreeMap<>();
        dues.forEach((p, d) -> amounts.put(p, d.amount()));
        PaymentAllocation.Result allocation = PaymentAllocation.allocate(amounts, payments, asOf);
        long overdueAmount = 0;
        int overduePeriods = 0;
        long interestNumerator = 0;
        int evasionPeriods = 0;
        long evasionAmount = 0;
        int largestHeadcount = 0;
        for (Map.Entry<YearMonth, Long> e : allocation.unpaid().entrySet()) {
            long unpaid = e.getValue();
            LocalDate deadline = ContributionDeadlines.deadline(e.getKey(), mode);
            if (unpaid <= 0 || !deadline.isBefore(asOf)) {
                continue;
            }
            overdueAmount += unpaid;
            overduePeriods++;
            interestNumerator += interestTenThousandths(unpaid, deadline, asOf);
            if (isEvasion(deadline, remindersSentOn, asOf)) {
                evasionPeriods++;
                evasionAmount += unpaid;
                largestHeadcount = Math.max(largestHeadcount, dues.get(e.getKey()).headcount());
            }
        }
        Kind kind = evasionPeriods > 0 ? Kind.EVASION : overduePeriods > 0 ? Kind.LATE : Kind.NONE;
        boolean criminal = evasionPeriods >= CRIMINAL_MIN_PERIODS
                && (evasionAmount >= CRIMINAL_MIN_AMOUNT_VND || largestHeadcount >= CRIMINAL_MIN_EMPLOYEES);
        return new UnitArrears(kind, overdueAmount, overduePeriods, roundHalfUp(interestNumerator),
                evasionPeriods, evasionAmount, largestHeadcount, criminal, allocation);
    }

    /** Days from max(deadline, 30/06/2025) + 1 through D, both included; never negative. */
    public static long interestDays(LocalDate deadline, LocalDate asOf) {
        LocalDate from = deadline.isAfter(INTEREST_START_FLOOR) ? deadline : INTEREST_START_FLOOR;
        return Math.max(0, ChronoUnit.DAYS.between(from, asOf));
    }

    /** Interest on one balance, unrounded, in ten-thousandths of a đồng. */
    public static long interestTenThousandths(long unpaid, LocalDate deadline, LocalDate asOf) {
        return unpaid * interestDays(deadline, asOf) * DAILY_INTEREST_TEN_THOUSANDTHS;
    }

    /** Rounds ten-thousandths of a đồng half-up to whole đồng. */
    public static long roundHalfUp(long tenThousandths) {
        return (tenThousandths + 5_000) / 10_000;
    }

    static boolean isEvasion(LocalDate deadline, List<LocalDate> remindersSentOn, LocalDate asOf) {
        if (ChronoUnit.DAYS.between(deadline, asOf) <= EVASION_AFTER_DAYS) {
            return false;
        }
        for (LocalDate sentOn : remindersSentOn) {
            if (sentOn.isAfter(deadline) && !sentOn.isAfter(asOf)) {
                return true;
            }
        }
        return false;
    }
}
