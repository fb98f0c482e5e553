package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Dues, on-time payments and the rows of a unit, shared by the background and planted units. */
final class Units {

    /** An employee of a unit: the spell and the insured salary (mức lương đóng BHXH). */
    record Employee(EmployerChecks.Spell spell, long insuredSalary) {
    }

    private Units() {
    }

    /** Dues per month from the employees covering it, for months first..last; months without anyone have no due. */
    static SortedMap<YearMonth, ArrearsCalculator.Due> dues(List<Employee> employees, YearMonth first, YearMonth last) {
        TreeMap<YearMonth, ArrearsCalculator.Due> dues = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int headcount = 0;
            long amount = 0;
            for (Employee e : employees) {
                if (e.spell().covers(m)) {
                    headcount++;
                    amount += World.contribution(e.insuredSalary());
                }
            }
            if (headcount > 0) {
                dues.put(m, new ArrearsCalculator.Due(headcount, amount));
            }
        }
        return dues;
    }

    /**
     * Payments that settle every due in full before its deadline: one per month (sometimes in
     * two parts) or one per cycle, in the month after the period or cycle. Payments dated
     * after D are not written: a file exported on D cannot know them.
     */
    static List<PaymentAllocation.Payment> onTimePayments(World world, PaymentMode mode,
                                                          SortedMap<YearMonth, ArrearsCalculator.Due> dues,
                                                          SplittableRandom random) {
        List<PaymentAllocation.Payment> payments = new ArrayList<>();
        TreeMap<YearMonth, Long> perCycle = new TreeMap<>();
        dues.forEach((period, due) ->
                perCycle.merge(ContributionDeadlines.lastMonthOfCycle(period, mode), due.amount(), Long::sum));
        perCycle.forEach((lastMonth, amount) -> {
            YearMonth payMonth = lastMonth.plusMonths(1);
            if (mode == PaymentMode.MONTHLY && random.nextInt(10) == 0 && amount >= 1000) {
                long first = amount / 2 / 1000 * 1000;
                add(world, payments, payMonth.atDay(1 + random.nextInt(14)), first);
                add(world, payments, payMonth.atDay(15 + random.nextInt(14)), amount - first);
            } else {
                add(world, payments, payMonth.atDay(1 + random.nextInt(28)), amount);
            }
        });
        return payments;
    }

    private static void add(World world, List<PaymentAllocation.Payment> payments, LocalDate paidOn, long amount) {
        if (!paidOn.isAfter(world.asOf)) {
            payments.add(new PaymentAllocation.Payment(world.newPaymentRef(), paidOn, amount));
        }
    }

    /** Writes the unit's employers, dues, payments and reminder rows (not its employment). */
    static void writeUnit(World world, EmployerChecks.Unit unit, String name, LocalDate registeredOn, String sector) {
        world.write(Dataset.EMPLOYERS, unit.unitCode(), unit.taxCode(), name, Places.PROVINCE_CODE, registeredOn,
                unit.status(), unit.mode().code(), sector);
        unit.dues().forEach((period, due) ->
                world.write(Dataset.CONTRIBUTION_DUES, unit.unitCode(), period, due.headcount(), new Money(due.amount())));
        for (PaymentAllocation.Payment p : unit.payments()) {
            world.write(Dataset.CONTRIBUTION_PAYMENTS, p.paymentRef(), unit.unitCode(), p.paidOn(), new Money(p.amount()));
        }
        for (LocalDate sentOn : unit.reminders()) {
            world.write(Dataset.PAYMENT_REMINDERS, world.newReminderRef(), unit.unitCode(), sentOn);
        }
    }

    static void writeTaxYears(World world, String taxCode, List<EmployerChecks.TaxYear> years) {
        for (EmployerChecks.TaxYear t : years) {
            world.write(Dataset.TAX_EMPLOYERS, taxCode, t.year(), t.status(), t.pitEmployeeCount(),
                    new Money(t.siExpenseDeducted()));
        }
    }

    static String companyName(SplittableRandom random) {
        String form = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> "Công ty TNHH ";
            case 5, 6, 7 -> "Công ty Cổ phần ";
            case 8 -> "Công ty TNHH MTV ";
            default -> "Doanh nghiệp tư nhân ";
        };
        String brand = pick(Places.BUSINESS_WORDS, random);
        // Some registrations quote the brand, which CSV must escape by doubling the quotes.
        return form + pick(Places.BUSINESS_TRADES, random) + " " + (random.nextInt(20) == 0 ? "\"" + brand + "\"" : brand);
    }

    static String address(SplittableRandom random) {
        Places.Commune commune = pick(Places.COMMUNES, random);
        return (1 + random.nextInt(300)) + " " + pick(Places.STREETS, random) + ", " + commune.name() + ", tỉnh "
                + Places.PROVINCE_NAME;
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
