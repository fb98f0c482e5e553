package vn.phoihop.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class PaymentAllocationTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    private static TreeMap<YearMonth, Long> dues(long... amounts) {
        TreeMap<YearMonth, Long> dues = new TreeMap<>();
        for (int i = 0; i < amounts.length; i++) {
            dues.put(YearMonth.of(2026, 1 + i), amounts[i]);
        }
        return dues;
    }

    @Test
    void payments_pay_the_oldest_period_first_whatever_period_they_were_meant_for() {
        var result = PaymentAllocation.allocate(dues(100, 100, 100),
                List.of(new PaymentAllocation.Payment("A", LocalDate.of(2026, 3, 5), 150)), D);
        assertThat(result.unpaid()).containsEntry(YearMonth.of(2026, 1), 0L)
                .containsEntry(YearMonth.of(2026, 2), 50L).containsEntry(YearMonth.of(2026, 3), 100L);
        assertThat(result.allocatedInYear(2026)).isEqualTo(150);
    }

    @Test
    void payments_after_D_are_ignored_and_surplus_is_credit() {
        var result = PaymentAllocation.allocate(dues(100),
                List.of(new PaymentAllocation.Payment("A", LocalDate.of(2026, 7, 1), 100),
                        new PaymentAllocation.Payment("B", LocalDate.of(2026, 2, 1), 250)), D);
        assertThat(result.unpaid()).containsEntry(YearMonth.of(2026, 1), 0L);
        assertThat(result.allocatedInYear(2026)).isEqualTo(100);
    }

    @Test
    void periods_after_the_month_of_D_are_not_allocated() {
        TreeMap<YearMonth, Long> dues = dues(100);
        dues.put(YearMonth.of(2026, 7), 100L);
        var result = PaymentAllocation.allocate(dues,
                List.of(new PaymentAllocation.Payment("A", LocalDate.of(2026, 2, 1), 200)), D);
        assertThat(result.unpaid()).doesNotContainKey(YearMonth.of(2026, 7));
        assertThat(result.allocatedInYear(2026)).isEqualTo(100);
    }

    @Test
    void payments_on_the_same_day_are_applied_in_payment_ref_order() {
        TreeMap<YearMonth, Long> dues = dues(100, 100);
        var result = PaymentAllocation.allocate(dues,
                List.of(new PaymentAllocation.Payment("B", LocalDate.of(2026, 2, 1), 100),
                        new PaymentAllocation.Payment("A", LocalDate.of(2026, 2, 1), 30)), D);
        // Either order leaves 70 unpaid on February; the order matters only for which payment paid what.
        assertThat(result.unpaid()).containsEntry(YearMonth.of(2026, 2), 70L);
    }
}
