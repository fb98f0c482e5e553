package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Payment allocation of rules.md: per unit, the payments with {@code paid_on ≤ D}, in order
 * of ({@code paid_on}, {@code payment_ref}), pay off the dues of periods ≤ month(D), oldest
 * period first; money left after all dues is credit and ignored.
 */
public final class PaymentAllocation {

    /** One payment received ({@code contribution_payments} row). */
    public record Payment(String paymentRef, LocalDate paidOn, long amount) {
        public Payment {
            if (amount < 0) {
                throw new IllegalArgumentException("negative payment " + paymentRef);
            }
        }
    }

    /** What each period received and what is still unpaid. */
    public record Result(SortedMap<YearMonth, Long> allocated, SortedMap<YearMonth, Long> unpaid) {
        public long allocatedInYear(int year) {
            long sum = 0;
            for (Map.Entry<YearMonth, Long> e : allocated.entrySet()) {
                if (e.getKey().getYear() == year) {
                    sum += e.getValue();
                }
            }
            return sum;
        }
    }

    private PaymentAllocation() {
    }

    public static Result allocate(SortedMap<YearMonth, Long> dues, List<Payment> payments, LocalDate asOf) {
        YearMonth asOfMonth = YearMonth.from(asOf);
        TreeMap<YearMonth, Long> unpaid = new TreeMap<>();
        TreeMap<YearMonth, Long> allocated = new TreeMap<>();
        dues.forEach((period, due) -> {
            if (!period.isAfter(asOfMonth)) {
                unpaid.put(period, due);
                allocated.put(period, 0L);
            }
        });
        List<Payment> ordered = new ArrayList<>();
        for (Payment p : payments) {
            if (!p.paidOn().isAfter(asOf)) {
                ordered.add(p);
            }
        }
        ordered.sort(Comparator.comparing(Payment::paidOn).thenComparing(Payment::paymentRef));
        for (Payment p : ordered) {
            long left = p.amount();
            for (Map.Entry<YearMonth, Long> e : unpaid.entrySet()) {
                if (left == 0) {
                    break;
                }
                long open = e.getValue();
                if (open == 0) {
                    continue;
                }
                long take = Math.min(open, left);
                e.setValue(open - take);
                allocated.merge(e.getKey(), take, Long::sum);
                left -= take;
            }
        }
        return new Result(allocated, unpaid);
    }
}
