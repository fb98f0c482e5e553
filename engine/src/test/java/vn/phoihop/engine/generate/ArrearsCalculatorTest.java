package vn.phoihop.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ArrearsCalculatorTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    private static TreeMap<YearMonth, ArrearsCalculator.Due> dues(YearMonth from, YearMonth to, int headcount, long amount) {
        TreeMap<YearMonth, ArrearsCalculator.Due> dues = new TreeMap<>();
        for (YearMonth p = from; !p.isAfter(to); p = p.plusMonths(1)) {
            dues.put(p, new ArrearsCalculator.Due(headcount, amount));
        }
        return dues;
    }

    @Test
    void interest_days_run_from_the_day_after_the_deadline_through_D() {
        assertThat(ArrearsCalculator.interestDays(LocalDate.of(2026, 5, 31), D)).isEqualTo(30);
    }

    @Test
    void interest_on_balances_due_before_the_transition_counts_from_the_first_of_July_2025() {
        assertThat(ArrearsCalculator.interestDays(LocalDate.of(2025, 3, 31), D))
                .isEqualTo(ArrearsCalculator.interestDays(LocalDate.of(2025, 6, 30), D))
                .isEqualTo(365);
        assertThat(ArrearsCalculator.interestDays(LocalDate.of(2025, 7, 1), D)).isEqualTo(364);
    }

    @Test
    void interest_is_summed_exactly_per_unit_and_rounded_half_up_once() {
        var one = dues(YearMonth.of(2026, 4), YearMonth.of(2026, 4), 1, 16_667);
        // 16,667 × 30 days × 0.03 % = 150.003 → 150
        assertThat(ArrearsCalculator.compute(PaymentMode.MONTHLY, one, List.of(), List.of(), D).interest()).isEqualTo(150);
        // Two quarterly periods of 30 VND, due 30 April, 61 days: 0.549 each. Rounded one by one
        // that would be 1 + 1 = 2; summed first it is 1.098 → 1.
        var two = dues(YearMonth.of(2026, 1), YearMonth.of(2026, 2), 1, 30);
        assertThat(ArrearsCalculator.compute(PaymentMode.QUARTERLY, two, List.of(), List.of(), D).interest()).isEqualTo(1);
        assertThat(ArrearsCalculator.roundHalfUp(5_000)).isEqualTo(1);
        assertThat(ArrearsCalculator.roundHalfUp(4_999)).isZero();
    }

    @Test
    void an_unpaid_period_whose_deadline_is_not_yet_past_is_not_overdue() {
        var r = ArrearsCalculator.compute(PaymentMode.MONTHLY, dues(YearMonth.of(2026, 5), YearMonth.of(2026, 6), 2, 1_000_000),
                List.of(), List.of(), D);
        assertThat(r.kind()).isEqualTo(ArrearsCalculator.Kind.NONE);
    }

    @Test
    void a_reminder_sent_before_the_deadline_leaves_the_balance_late_not_evaded() {
        var due = dues(YearMonth.of(2026, 1), YearMonth.of(2026, 1), 2, 1_000_000);
        var late = ArrearsCalculator.compute(PaymentMode.MONTHLY, due, List.of(), List.of(LocalDate.of(2026, 2, 20)), D);
        assertThat(late.kind()).isEqualTo(ArrearsCalculator.Kind.LATE);
        var evasion = ArrearsCalculator.compute(PaymentMode.MONTHLY, due, List.of(), List.of(LocalDate.of(2026, 3, 1)), D);
        assertThat(evasion.kind()).isEqualTo(ArrearsCalculator.Kind.EVASION);
    }

    @Test
    void a_balance_overdue_sixty_days_or_less_is_late_even_after_a_reminder() {
        // April is due 31 May: 30 days overdue on 30 June.
        var due = dues(YearMonth.of(2026, 4), YearMonth.of(2026, 4), 2, 1_000_000);
        var r = ArrearsCalculator.compute(PaymentMode.MONTHLY, due, List.of(), List.of(LocalDate.of(2026, 6, 10)), D);
        assertThat(r.kind()).isEqualTo(ArrearsCalculator.Kind.LATE);
    }

    @Test
    void a_quarterly_unit_owes_nothing_overdue_until_the_month_after_its_quarter_ends() {
        var due = dues(YearMonth.of(2026, 4), YearMonth.of(2026, 6), 2, 1_000_000);
        assertThat(ArrearsCalculator.compute(PaymentMode.QUARTERLY, due, List.of(), List.of(), D).kind())
                .isEqualTo(ArrearsCalculator.Kind.NONE);
        assertThat(ArrearsCalculator.compute(PaymentMode.QUARTERLY, due, List.of(), List.of(), LocalDate.of(2026, 8, 1)).overduePeriods())
                .isEqualTo(3);
    }

    @Test
    void six_evaded_periods_of_fifty_million_reach_the_criminal_threshold() {
        var due = dues(YearMonth.of(2025, 7), YearMonth.of(2025, 12), 3, 8_400_000);
        var r = ArrearsCalculator.compute(PaymentMode.MONTHLY, due, List.of(), List.of(LocalDate.of(2026, 3, 1)), D);
        assertThat(r.evasionPeriods()).isEqualTo(6);
        assertThat(r.evasionAmount()).isEqualTo(50_400_000);
        assertThat(r.criminalThreshold()).isTrue();
    }

    @Test
    void ten_employees_reach_the_criminal_threshold_even_under_fifty_million() {
        var due = dues(YearMonth.of(2025, 7), YearMonth.of(2025, 12), 10, 1_000_000);
        var r = ArrearsCalculator.compute(PaymentMode.MONTHLY, due, List.of(), List.of(LocalDate.of(2026, 3, 1)), D);
        assertThat(r.criminalThreshold()).isTrue();
        var nine = dues(YearMonth.of(2025, 7), YearMonth.of(2025, 12), 9, 1_000_000);
        assertThat(ArrearsCalculator.compute(PaymentMode.MONTHLY, nine, List.of(), List.of(LocalDate.of(2026, 3, 1)), D)
                .criminalThreshold()).isFalse();
    }

    @Test
    void five_evaded_periods_never_reach_the_criminal_threshold() {
        var due = dues(YearMonth.of(2025, 8), YearMonth.of(2025, 12), 20, 100_000_000);
        var r = ArrearsCalculator.compute(PaymentMode.MONTHLY, due, List.of(), List.of(LocalDate.of(2026, 3, 1)), D);
        assertThat(r.kind()).isEqualTo(ArrearsCalculator.Kind.EVASION);
        assertThat(r.criminalThreshold()).isFalse();
    }
}
