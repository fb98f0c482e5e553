package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The expected employer-side findings of one company (all units sharing a tax code), by
 * the definitions of rules.md. The generator uses it to compute the findings of planted
 * companies and to check that every background employer is clean.
 */
final class EmployerChecks {

    /** EMPLOYER-UNDER-DECLARED: at least this many more employees in PIT returns than insured (Kon Tum 2024 Điều 16.2). */
    static final int UNDER_DECLARED_MIN_GAP = 5;
    /** … and the gap is at least this percentage of the PIT count. */
    static final int UNDER_DECLARED_MIN_PERCENT = 20;
    /** TAX-SI-EXPENSE-GAP: the excess must be more than max(this, 5 % of the deducted expense) (Kon Tum 2024 Điều 16.3). */
    static final long EXPENSE_GAP_MIN_VND = 10_000_000L;
    static final int EXPENSE_GAP_PERCENT = 5;

    /** One participation period ({@code employment} row). */
    record Spell(String socialInsuranceCode, YearMonth start, YearMonth end) {
        boolean covers(YearMonth month) {
            return !start.isAfter(month) && (end == null || !month.isAfter(end));
        }

        boolean inYear(int year) {
            return !start.isAfter(YearMonth.of(year, 12)) && (end == null || !end.isBefore(YearMonth.of(year, 1)));
        }
    }

    /** An {@code employers} unit with its dues, payments, reminders and employment. */
    record Unit(String unitCode, String taxCode, String status, PaymentMode mode,
                SortedMap<YearMonth, ArrearsCalculator.Due> dues, List<PaymentAllocation.Payment> payments,
                List<LocalDate> reminders, List<Spell> employment) {
    }

    /** A {@code tax_employers} row. */
    record TaxYear(int year, String status, int pitEmployeeCount, long siExpenseDeducted) {
    }

    /** Everything known about one tax code; {@code registryStatus} null = no registry row. */
    record Company(String taxCode, String registryStatus, List<TaxYear> taxYears, boolean union, List<Unit> units) {
    }

    private EmployerChecks() {
    }

    static List<ExpectedFinding> findings(Company company, LocalDate asOf) {
        List<ExpectedFinding> out = new ArrayList<>();
        YearMonth asOfMonth = YearMonth.from(asOf);
        Optional<TaxYear> latest = company.taxYears().stream()
                .filter(t -> t.year() <= asOf.getYear())
                .max(Comparator.comparingInt(TaxYear::year));
        List<ArrearsCalculator.UnitArrears> arrears = new ArrayList<>();
        for (Unit unit : company.units()) {
            ArrearsCalculator.UnitArrears a = ArrearsCalculator.compute(unit.mode(), unit.dues(), unit.payments(),
                    unit.reminders(), asOf);
            arrears.add(a);
            if (a.kind() != ArrearsCalculator.Kind.NONE) {
                boolean evasion = a.kind() == ArrearsCalculator.Kind.EVASION;
                out.add(new ExpectedFinding(evasion ? Rules.ARREARS_EVASION : Rules.ARREARS_LATE, unit.unitCode(),
                        a.overdueAmount(), a.interest(), a.overduePeriods(),
                        evasion && a.criminalThreshold() ? Rules.CRIMINAL_THRESHOLD_FLAG : ""));
            }
            boolean defunctRegistry = "dissolved".equals(company.registryStatus())
                    || "bankrupt".equals(company.registryStatus());
            boolean defunctTax = latest.map(t -> Set.of("ceased", "dissolved", "not_at_address").contains(t.status()))
                    .orElse(false);
            boolean working = unit.employment().stream().anyMatch(s -> s.covers(asOfMonth));
            if (!"closed".equals(unit.status()) && (defunctRegistry || defunctTax)
                    && (a.overdueAmount() > 0 || working)) {
                out.add(new ExpectedFinding(Rules.EMPLOYER_DEFUNCT, unit.unitCode(), a.overdueAmount(), null, null, ""));
            }
        }
        for (TaxYear year : company.taxYears()) {
            long allocated = 0;
            for (ArrearsCalculator.UnitArrears a : arrears) {
                allocated += a.allocation().allocatedInYear(year.year());
            }
            long excess = year.siExpenseDeducted() - allocated;
            // excess > 5 % of the expense  ⇔  100·excess > 5·expense, kept in whole numbers.
            if (excess > EXPENSE_GAP_MIN_VND && 100 * excess > EXPENSE_GAP_PERCENT * year.siExpenseDeducted()) {
                out.add(new ExpectedFinding(Rules.TAX_SI_EXPENSE_GAP, company.taxCode() + "/" + year.year(),
                        excess, null, null, ""));
            }
        }
        if (!company.units().isEmpty() && latest.isPresent() && "active".equals(latest.get().status())) {
            int pit = latest.get().pitEmployeeCount();
            int insured = insuredInYear(company, latest.get().year());
            int gap = pit - insured;
            if (gap >= UNDER_DECLARED_MIN_GAP && 100 * gap >= UNDER_DECLARED_MIN_PERCENT * pit) {
                out.add(ExpectedFinding.of(Rules.EMPLOYER_UNDER_DECLARED, company.taxCode()));
            }
        }
        if (company.units().isEmpty()) {
            boolean evidence = company.union() || latest.map(t -> t.pitEmployeeCount() >= 1).orElse(false);
            boolean registryActive = company.registryStatus() == null || "active".equals(company.registryStatus());
            boolean taxActive = latest.map(t -> "active".equals(t.status())).orElse(true);
            if (evidence && registryActive && taxActive) {
                out.add(ExpectedFinding.of(Rules.EMPLOYER_NOT_REGISTERED, company.taxCode()));
            }
        }
        return out;
    }

    /** P of rules.md: distinct social insurance codes employed in {@code year} by the company's units. */
    static int insuredInYear(Company company, int year) {
        Set<String> codes = new HashSet<>();
        for (Unit unit : company.units()) {
            for (Spell spell : unit.employment()) {
                if (spell.inYear(year)) {
                    codes.add(spell.socialInsuranceCode());
                }
            }
        }
        return codes.size();
    }
}
