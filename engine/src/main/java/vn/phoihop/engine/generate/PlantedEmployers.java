package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

import vn.phoihop.engine.generate.PlantedCases.Person;

/**
 * The employer-side planted cases (arrears, defunct, under-declared and unregistered
 * employers, the SI-expense gap) and the jobs of the unemployment-benefit cases. Each
 * planted company has its own units (codes {@code QN9…}) and tax codes; its expected
 * findings are computed with {@link EmployerChecks}, and each case checks that it computes
 * what it was planted for, so a case that no longer fits (another D) fails generation
 * instead of writing a wrong answer.
 */
final class PlantedEmployers {

    private final PlantedCases owner;
    private final World world;
    private final SplittableRandom random;
    private final LocalDate asOf;
    private final YearMonth asOfMonth;
    private final int year;
    private final List<PlantedCase> cases;
    private final List<ExpectedFinding> findings;
    private int unitSerial;
    private int companySerial;

    PlantedEmployers(PlantedCases owner) {
        this.owner = owner;
        this.world = owner.world;
        this.random = owner.random;
        this.asOf = owner.asOf;
        this.asOfMonth = owner.asOfMonth;
        this.year = owner.year;
        this.cases = owner.cases;
        this.findings = owner.findings;
    }

    // ------------------------------------------------------------ unemployment benefit while employed

    void unemploymentWhileEmployed() {
        PlantedUnit host = unit(PaymentMode.MONTHLY, "active");
        PlantedUnit formerJobs = unit(PaymentMode.MONTHLY, "active");
        YearMonth m = asOfMonth;

        Person p1 = owner.worker();
        formerJobs.employ(p1, m.minusMonths(20), m.minusMonths(6), 9_000_000);
        host.employ(p1, m.minusMonths(3), null, 9_500_000);
        benefit(p1, m.minusMonths(5).atDay(10), m.minusMonths(1).atDay(9), 5_400_000, 2,
                "new job from month(D)−3 inside a benefit of 10th(M−5)–9th(M−1): months M−3 and M−2");

        Person p2 = owner.worker();
        formerJobs.employ(p2, m.minusMonths(24), m.minusMonths(7), 8_000_000);
        host.employ(p2, m.minusMonths(3), null, 8_000_000);
        benefit(p2, m.minusMonths(6).atDay(15), m.minusMonths(3).atDay(14), 4_800_000, 0,
                "job starts in the benefit's last, partial month: not a finding");

        Person p3 = owner.worker();
        formerJobs.employ(p3, m.minusMonths(26), m.minusMonths(10), 7_000_000);
        host.employ(p3, m.minusMonths(6), m.minusMonths(4), 7_000_000);
        benefit(p3, m.minusMonths(8).atDay(1), m.minusMonths(5).atEndOfMonth(), 4_200_000, 2,
                "benefit of four whole months, a short job covers the last two");

        Person p4 = owner.worker();
        host.employ(p4, m.minusMonths(30), null, 12_000_000);
        benefit(p4, m.minusMonths(7).atDay(1), m.minusMonths(2).atEndOfMonth(), 7_200_000, 6,
                "benefit paid while the old job never ended: six months");

        Person p5 = owner.worker();
        formerJobs.employ(p5, m.minusMonths(20), m.minusMonths(5), 6_500_000);
        benefit(p5, m.minusMonths(4).atDay(3), m.minusMonths(1).atDay(2), 3_900_000, 0,
                "benefit after the job ended: not a finding");

        clean(company(null, "active", false, List.of(host.build(), formerJobs.build()), List.of()),
                "host units of the UI cases");
    }

    private void benefit(Person p, LocalDate start, LocalDate end, long monthly, int months, String description) {
        String decision = world.newDecisionNo();
        world.write(Dataset.UI_BENEFITS, decision, p.siCode(), random.nextBoolean() ? p.personalId() : null, start, end,
                new Money(monthly), Places.PROVINCE_CODE);
        if (months > 0) {
            findings.add(new ExpectedFinding(Rules.UI_WHILE_EMPLOYED, decision, months * monthly, null, months, ""));
        }
        cases.add(new PlantedCase(Rules.UI_WHILE_EMPLOYED, decision, months > 0, description));
    }

    // ------------------------------------------------------------ arrears

    void arrears() {
        YearMonth m = asOfMonth;

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 3, 20_000_000), m.minusMonths(4), List.of(),
                ArrearsCalculator.Kind.LATE, false, "stopped paying; overdue periods, no reminder: late, not evasion");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 2, 15_000_000), m.minusMonths(5),
                List.of(m.minusMonths(3).atDay(10)), ArrearsCalculator.Kind.LATE, false,
                "reminder sent before the deadlines of every unpaid period: late, not evasion");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 4, 25_000_000), m.minusMonths(7),
                List.of(m.minusMonths(1).atDay(5)), ArrearsCalculator.Kind.EVASION, false,
                "reminder after the deadlines, overdue > 60 days: evasion, fewer than 6 periods");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(14), m, 8, 30_000_000), m.minusMonths(13),
                List.of(m.minusMonths(2).atDay(20)), ArrearsCalculator.Kind.EVASION, true,
                "evasion of 6+ periods and ≥ 50,000,000 VND: criminal threshold");

        TreeMap<YearMonth, ArrearsCalculator.Due> seasonal = dues(m.minusMonths(14), m.minusMonths(12), 12, 20_000_000);
        seasonal.putAll(dues(m.minusMonths(11), m, 1, 1_600_000));
        PlantedUnit seasonalUnit = unit(PaymentMode.MONTHLY, "active");
        seasonalUnit.dues = seasonal;
        seasonalUnit.payments.addAll(onTime(PaymentMode.MONTHLY, seasonal, m.minusMonths(13)));
        seasonalUnit.payments.add(new PaymentAllocation.Payment(world.newPaymentRef(), m.minusMonths(11).atDay(20), 15_000_000));
        seasonalUnit.reminders.add(m.minusMonths(2).atDay(20));
        arrearsCase(seasonalUnit, ArrearsCalculator.Kind.EVASION, true,
                "evasion of 6+ periods under 50,000,000 VND, but one of them had 12 employees: criminal threshold");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 2, 3_200_000), m.minusMonths(12),
                List.of(m.minusMonths(2).atDay(20)), ArrearsCalculator.Kind.EVASION, false,
                "evasion of 6+ periods, under 50,000,000 VND and under 10 employees: no criminal flag");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 5, 16_000_000), m.minusMonths(10),
                List.of(m.minusMonths(3).atDay(20)), ArrearsCalculator.Kind.EVASION, false,
                "evasion of 5 periods over 50,000,000 VND: fewer than 6 periods, no criminal flag");

        YearMonth quarter = lastOverdueCycle(PaymentMode.QUARTERLY);
        TreeMap<YearMonth, ArrearsCalculator.Due> quarterly = dues(quarter.minusMonths(12), m, 4, 12_000_000);
        arrearsUnit(PaymentMode.QUARTERLY, quarterly, quarter.minusMonths(1), List.of(), ArrearsCalculator.Kind.LATE,
                false, "quarterly unit: the last quarter whose deadline passed is unpaid");

        YearMonth half = lastOverdueCycle(PaymentMode.HALF_YEARLY);
        TreeMap<YearMonth, ArrearsCalculator.Due> halfYearly = dues(half.minusMonths(12), m, 2, 3_000_000);
        arrearsUnit(PaymentMode.HALF_YEARLY, halfYearly, half.minusMonths(7),
                List.of(ContributionDeadlines.deadline(half.minusMonths(6), PaymentMode.HALF_YEARLY).plusDays(10)),
                ArrearsCalculator.Kind.EVASION, false,
                "half-yearly unit: two unpaid cycles, a reminder after the first cycle's deadline");

        arrearsUnit(PaymentMode.MONTHLY, dues(YearMonth.of(2024, 10), m, 3, 10_000_000), YearMonth.of(2025, 1),
                List.of(LocalDate.of(2025, 9, 15)), ArrearsCalculator.Kind.EVASION, true,
                "unpaid since 02/2025: interest on periods due before 30/06/2025 counts from 01/07/2025;"
                        + " 6 periods evaded by the reminder of 15/09/2025");

        TreeMap<YearMonth, ArrearsCalculator.Due> partial = dues(m.minusMonths(8), m, 3, 9_000_000);
        PlantedUnit partialUnit = unit(PaymentMode.MONTHLY, "active");
        partialUnit.dues = partial;
        for (YearMonth p = m.minusMonths(8); !p.isAfter(m.minusMonths(3)); p = p.plusMonths(1)) {
            partialUnit.payments.add(new PaymentAllocation.Payment(world.newPaymentRef(), p.plusMonths(1).atDay(25), 6_000_000));
        }
        arrearsCase(partialUnit, ArrearsCalculator.Kind.LATE, false,
                "paid two thirds of every due: allocation oldest first leaves the newest periods unpaid");

        TreeMap<YearMonth, ArrearsCalculator.Due> lateButPaid = dues(m.minusMonths(10), m.minusMonths(2), 2, 8_000_000);
        PlantedUnit lateUnit = unit(PaymentMode.MONTHLY, "active");
        lateUnit.dues = lateButPaid;
        lateButPaid.forEach((p, due) -> {
            LocalDate paidOn = ContributionDeadlines.deadline(p, PaymentMode.MONTHLY).plusDays(1);
            lateUnit.payments.add(new PaymentAllocation.Payment(world.newPaymentRef(), paidOn.isAfter(asOf) ? asOf : paidOn,
                    due.amount()));
        });
        arrearsCase(lateUnit, ArrearsCalculator.Kind.NONE, false, "every due paid after its deadline but before D: nothing unpaid");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(10), m.minusMonths(1), 2, 8_000_000), m.minusMonths(2),
                List.of(m.minusMonths(1).atDay(1)), ArrearsCalculator.Kind.NONE, false,
                "only the period whose deadline is not yet past is unpaid");

        TreeMap<YearMonth, ArrearsCalculator.Due> current = dues(m.minusMonths(12), m, 3, 6_000_000);
        PlantedUnit currentCycle = unit(PaymentMode.QUARTERLY, "active");
        currentCycle.dues = current;
        currentCycle.payments.addAll(Units.onTimePayments(world, PaymentMode.QUARTERLY, current, random));
        arrearsCase(currentCycle, ArrearsCalculator.Kind.NONE, false, "quarterly unit paying each cycle on time");
    }

    /** A unit with the given dues, paid on time up to {@code paidThrough}, then nothing. */
    private void arrearsUnit(PaymentMode mode, TreeMap<YearMonth, ArrearsCalculator.Due> dues, YearMonth paidThrough,
                             List<LocalDate> reminders, ArrearsCalculator.Kind kind, boolean criminal, String description) {
        PlantedUnit unit = unit(mode, "active");
        unit.dues = dues;
        unit.payments.addAll(onTime(mode, dues, paidThrough));
        unit.reminders.addAll(reminders);
        arrearsCase(unit, kind, criminal, description);
    }

    private void arrearsCase(PlantedUnit unit, ArrearsCalculator.Kind kind, boolean criminal, String description) {
        EmployerChecks.Unit built = unit.build();
        ArrearsCalculator.UnitArrears result = ArrearsCalculator.compute(built.mode(), built.dues(), built.payments(),
                built.reminders(), asOf);
        if (result.kind() != kind || result.criminalThreshold() != criminal) {
            throw new IllegalStateException("arrears case " + unit.code + " planted as " + kind + "/" + criminal
                    + " but computes " + result.kind() + "/" + result.criminalThreshold() + ": " + description);
        }
        List<ExpectedFinding> produced = company(null, null, false, List.of(built), List.of());
        String rule = kind == ArrearsCalculator.Kind.EVASION ? Rules.ARREARS_EVASION : Rules.ARREARS_LATE;
        if (kind == ArrearsCalculator.Kind.NONE) {
            cases.add(new PlantedCase(Rules.ARREARS_LATE, unit.code, false, description));
            cases.add(new PlantedCase(Rules.ARREARS_EVASION, unit.code, false, description));
        } else {
            cases.add(new PlantedCase(rule, unit.code, true, description));
            if (kind == ArrearsCalculator.Kind.LATE) {
                cases.add(new PlantedCase(Rules.ARREARS_EVASION, unit.code, false, description));
            }
        }
        findings.addAll(produced);
    }

    /** The latest cycle (its first month) whose deadline is before D. */
    private YearMonth lastOverdueCycle(PaymentMode mode) {
        YearMonth first = ContributionDeadlines.firstMonthOfCycle(asOfMonth, mode);
        while (!ContributionDeadlines.deadline(first, mode).isBefore(asOf)) {
            first = first.minusMonths(mode.cycleMonths());
        }
        return first;
    }

    private static TreeMap<YearMonth, ArrearsCalculator.Due> dues(YearMonth from, YearMonth to, int headcount, long amount) {
        TreeMap<YearMonth, ArrearsCalculator.Due> dues = new TreeMap<>();
        for (YearMonth p = from; !p.isAfter(to); p = p.plusMonths(1)) {
            dues.put(p, new ArrearsCalculator.Due(headcount, amount));
        }
        return dues;
    }

    private List<PaymentAllocation.Payment> onTime(PaymentMode mode, SortedMap<YearMonth, ArrearsCalculator.Due> dues,
                                                   YearMonth through) {
        return Units.onTimePayments(world, mode, dues.headMap(through.plusMonths(1)), random);
    }

    // ------------------------------------------------------------ defunct employers

    void defunctEmployers() {
        YearMonth m = asOfMonth;
        PlantedUnit u1 = staffedUnit("active", 3, m.minusMonths(10), null);
        expect(company(null, "dissolved", false, List.of(u1.build()), List.of()), Rules.EMPLOYER_DEFUNCT, u1.code,
                "registry says dissolved, people still employed in month(D): amount 0");

        PlantedUnit u2 = staffedUnit("suspended", 2, m.minusMonths(12), m.minusMonths(4));
        u2.payments.clear();
        u2.payments.addAll(onTime(PaymentMode.MONTHLY, u2.dues, m.minusMonths(7)));
        List<ExpectedFinding> f2 = company(null, "active", false, List.of(u2.build()),
                List.of(tax(year - 2, "active"), tax(year - 1, "ceased")));
        expectIn(f2, Rules.EMPLOYER_DEFUNCT, u2.code, "latest tax year 'ceased', unpaid overdue dues: amount = overdue");
        expectIn(f2, Rules.ARREARS_LATE, u2.code, "the same unit's overdue dues");

        PlantedUnit u3 = staffedUnit("active", 2, m.minusMonths(12), m.minusMonths(3));
        expectNone(company(null, "bankrupt", false, List.of(u3.build()), List.of()), Rules.EMPLOYER_DEFUNCT, u3.code,
                "registry says bankrupt but nobody employed in month(D) and nothing overdue");

        PlantedUnit u4 = staffedUnit("closed", 2, m.minusMonths(12), m.minusMonths(5));
        u4.payments.clear();
        u4.payments.addAll(onTime(PaymentMode.MONTHLY, u4.dues, m.minusMonths(7)));
        List<ExpectedFinding> f4 = company(null, "dissolved", false, List.of(u4.build()), List.of());
        expectNoneIn(f4, Rules.EMPLOYER_DEFUNCT, u4.code, "closed unit of a dissolved company: not defunct-active");
        expectIn(f4, Rules.ARREARS_LATE, u4.code, "the closed unit still owes overdue dues");

        PlantedUnit u5 = staffedUnit("active", 4, YearMonth.of(year - 2, 3), null);
        expect(company(null, "active", false, List.of(u5.build()),
                        List.of(tax(year - 2, "active"), tax(year - 1, "not_at_address"))),
                Rules.EMPLOYER_DEFUNCT, u5.code, "latest tax year 'not_at_address', still employing: amount 0");

        PlantedUnit u6 = staffedUnit("active", 3, YearMonth.of(year - 2, 3), null);
        expectNone(company(null, "active", false, List.of(u6.build()),
                        List.of(tax(year - 2, "not_at_address"), tax(year - 1, "active"))),
                Rules.EMPLOYER_DEFUNCT, u6.code, "an older tax year was 'not_at_address', the latest is active");
    }

    // ------------------------------------------------------------ under-declared employees

    void underDeclared() {
        YearMonth since = YearMonth.of(year - 2, 6);
        expectTaxCode(staffedCompany(20, since, List.of(taxPit(year - 1, 30))), Rules.EMPLOYER_UNDER_DECLARED, true,
                "30 employees in PIT returns, 20 insured: gap 10 and 33 %");
        expectTaxCode(staffedCompany(21, since, List.of(taxPit(year - 1, 26))), Rules.EMPLOYER_UNDER_DECLARED, false,
                "26 in PIT returns, 21 insured: gap 5 but only 19 % (meets only the count condition)");
        expectTaxCode(staffedCompany(7, since, List.of(taxPit(year - 1, 10))), Rules.EMPLOYER_UNDER_DECLARED, false,
                "10 in PIT returns, 7 insured: 30 % but a gap of only 3 (meets only the percentage condition)");
        expectTaxCode(staffedCompany(20, since, List.of(taxPit(year - 1, 25))), Rules.EMPLOYER_UNDER_DECLARED, true,
                "25 in PIT returns, 20 insured: gap exactly 5 and exactly 20 %");
        expectTaxCode(staffedCompany(8, since, List.of(taxPit(year - 2, 20), taxPit(year - 1, 8))),
                Rules.EMPLOYER_UNDER_DECLARED, false, "an older tax year was under-declared, the latest is not");
        expectTaxCode(staffedCompany(8, since, List.of(taxPit(year - 2, 8), taxPit(year - 1, 20))),
                Rules.EMPLOYER_UNDER_DECLARED, true, "several tax years: the latest is under-declared");

        String taxCode = newTaxCode();
        PlantedUnit a = staffedUnit(taxCode, "active", 6, since, null);
        PlantedUnit b = staffedUnit(taxCode, "active", 6, since, null);
        expectTaxCode(company(taxCode, "active", false, List.of(a.build(), b.build()), List.of(taxPit(year - 1, 20))),
                taxCode, Rules.EMPLOYER_UNDER_DECLARED, true, "two units share the tax code: 12 insured, 20 in PIT returns");
    }

    // ------------------------------------------------------------ SI expense deducted vs paid

    void expenseGaps() {
        YearMonth since = YearMonth.of(year - 2, 1);
        expectGap(3, since, List.of(taxExcess(year - 1, EmployerChecks.EXPENSE_GAP_MIN_VND + 1)), true,
                "deducted exceeds paid by 10,000,001 VND (just over the 10,000,000 floor)");
        expectGap(3, since, List.of(taxExcess(year - 1, EmployerChecks.EXPENSE_GAP_MIN_VND)), false,
                "deducted exceeds paid by exactly 10,000,000 VND: not more than the threshold");
        expectGap(12, since, List.of(taxExcessOverFivePercent(year - 1, 1)), true,
                "large employer: excess just over 5 % of the deducted expense (5 % > 10,000,000)");
        expectGap(12, since, List.of(taxExcessOverFivePercent(year - 1, 0)), false,
                "large employer: excess at most 5 % of the deducted expense");
        expectGap(3, since, List.of(taxExcess(year - 2, 0), taxExcess(year - 1, 15_000_000)), true,
                "two tax years: only the later one has a gap");
    }

    private void expectGap(int staff, YearMonth since, List<TaxSpec> taxes, boolean fires, String description) {
        String taxCode = newTaxCode();
        PlantedUnit unit = staffedUnit(taxCode, "active", staff, since, null);
        List<ExpectedFinding> produced = company(taxCode, "active", false, List.of(unit.build()), taxes);
        String subject = taxCode + "/" + (year - 1);
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(Rules.TAX_SI_EXPENSE_GAP) && f.subject().equals(subject));
        if (fired != fires || produced.stream().anyMatch(f -> f.rule().equals(Rules.TAX_SI_EXPENSE_GAP) && !f.subject().equals(subject))) {
            throw new IllegalStateException("expense gap case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(Rules.TAX_SI_EXPENSE_GAP, subject, fires, description));
        findings.addAll(produced);
    }

    // ------------------------------------------------------------ employers not registered

    void notRegistered() {
        notRegisteredCase("active", false, List.of(taxRow(year - 1, "active", 8)), true,
                "PIT returns with 8 employees, no employers row");
        notRegisteredCase("active", true, List.of(), true, "a trade union but no employers row and no tax rows");
        notRegisteredCase(null, false, List.of(taxRow(year - 1, "active", 3)), true,
                "not in the business registry, PIT returns with 3 employees");
        notRegisteredCase("active", false, List.of(taxRow(year - 2, "active", 6), taxRow(year - 1, "active", 0)), false,
                "several tax years: employees only in the older year, the latest has none");
        notRegisteredCase("active", false, List.of(taxRow(year - 1, "ceased", 4)), false,
                "latest tax year ceased: defunct");
        notRegisteredCase("dissolved", false, List.of(taxRow(year - 1, "active", 5)), false,
                "dissolved in the business registry: defunct");
        notRegisteredCase("active", false, List.of(taxRow(year - 2, "active", 0), taxRow(year - 1, "active", 2)), true,
                "several tax years: the latest has 2 employees");
        notRegisteredCase("active", false, List.of(taxRow(year + 1, "active", 5)), false,
                "only a tax year after year(D), which does not count");
        notRegisteredCase("suspended", true, List.of(), false, "union, but suspended in the business registry");
    }

    private void notRegisteredCase(String registry, boolean union, List<EmployerChecks.TaxYear> taxes, boolean fires,
                                   String description) {
        String taxCode = newTaxCode();
        List<ExpectedFinding> produced = writeCompany(new EmployerChecks.Company(taxCode, registry, taxes, union, List.of()));
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(Rules.EMPLOYER_NOT_REGISTERED));
        if (fired != fires || produced.size() != (fires ? 1 : 0)) {
            throw new IllegalStateException("not-registered case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(Rules.EMPLOYER_NOT_REGISTERED, taxCode, fires, description));
        findings.addAll(produced);
    }

    // ------------------------------------------------------------ companies and units

    /** A planted unit being built. */
    private final class PlantedUnit {
        final String code = "QN9" + Identifiers.pad(++unitSerial, 6);
        final String taxCode;
        final String status;
        final PaymentMode mode;
        final List<Units.Employee> employees = new ArrayList<>();
        TreeMap<YearMonth, ArrearsCalculator.Due> dues = new TreeMap<>();
        final List<PaymentAllocation.Payment> payments = new ArrayList<>();
        final List<LocalDate> reminders = new ArrayList<>();

        PlantedUnit(String taxCode, PaymentMode mode, String status) {
            this.taxCode = taxCode;
            this.mode = mode;
            this.status = status;
        }

        void employ(Person p, YearMonth start, YearMonth end, long salary) {
            EmployerChecks.Spell spell = new EmployerChecks.Spell(p.siCode(), start, end);
            salaries.put(spell, salary);
            employees.add(new Units.Employee(spell, salary));
        }

        /** Dues from the employees and on-time payments, unless set explicitly before. */
        EmployerChecks.Unit build() {
            if (dues.isEmpty() && !employees.isEmpty()) {
                YearMonth first = employees.stream().map(e -> e.spell().start()).min(YearMonth::compareTo).orElseThrow();
                YearMonth last = employees.stream().anyMatch(e -> e.spell().end() == null) ? asOfMonth
                        : employees.stream().map(e -> e.spell().end()).max(YearMonth::compareTo).orElseThrow();
                dues = new TreeMap<>(Units.dues(employees, first, last.isAfter(asOfMonth) ? asOfMonth : last));
                payments.addAll(Units.onTimePayments(world, mode, dues, random));
            }
            return new EmployerChecks.Unit(code, taxCode, status, mode, dues, List.copyOf(payments),
                    List.copyOf(reminders), employees.stream().map(Units.Employee::spell).toList());
        }
    }

    private PlantedUnit unit(PaymentMode mode, String status) {
        return new PlantedUnit(newTaxCode(), mode, status);
    }

    /** A unit of {@code staff} new employees; dues follow from them and are paid on time. */
    private PlantedUnit staffedUnit(String status, int staff, YearMonth start, YearMonth end) {
        return staffedUnit(newTaxCode(), status, staff, start, end);
    }

    private PlantedUnit staffedUnit(String taxCode, String status, int staff, YearMonth start, YearMonth end) {
        PlantedUnit unit = new PlantedUnit(taxCode, PaymentMode.MONTHLY, status);
        for (int i = 0; i < staff; i++) {
            unit.employ(owner.worker(), start, end, (5_000 + random.nextInt(10_000)) * 1_000L);
        }
        unit.build();
        return unit;
    }

    private EmployerChecks.Company staffedCompany(int staff, YearMonth since, List<TaxSpec> taxes) {
        String taxCode = newTaxCode();
        PlantedUnit unit = staffedUnit(taxCode, "active", staff, since, null);
        return resolve(taxCode, "active", false, List.of(unit.build()), taxes);
    }

    /** Tax row whose PIT count and deducted expense are set from P and the money allocated, unless given. */
    private record TaxSpec(int year, String status, Integer pit, Long excess, Integer excessOverFivePercent) {
    }

    private TaxSpec tax(int taxYear, String status) {
        return new TaxSpec(taxYear, status, null, 0L, null);
    }

    private TaxSpec taxPit(int taxYear, int pit) {
        return new TaxSpec(taxYear, "active", pit, 0L, null);
    }

    private TaxSpec taxExcess(int taxYear, long excess) {
        return new TaxSpec(taxYear, "active", null, excess, null);
    }

    /** Excess = the largest amount not over 5 % of the expense, plus {@code extra}. */
    private TaxSpec taxExcessOverFivePercent(int taxYear, int extra) {
        return new TaxSpec(taxYear, "active", null, null, extra);
    }

    private EmployerChecks.TaxYear taxRow(int taxYear, String status, int pit) {
        return new EmployerChecks.TaxYear(taxYear, status, pit, 0);
    }

    private EmployerChecks.Company resolve(String taxCode, String registry, boolean union, List<EmployerChecks.Unit> units,
                                           List<TaxSpec> taxes) {
        EmployerChecks.Company bare = new EmployerChecks.Company(taxCode, registry, List.of(), union, units);
        List<EmployerChecks.TaxYear> years = new ArrayList<>();
        for (TaxSpec spec : taxes) {
            long allocated = 0;
            for (EmployerChecks.Unit u : units) {
                allocated += ArrearsCalculator.compute(u.mode(), u.dues(), u.payments(), u.reminders(), asOf)
                        .allocation().allocatedInYear(spec.year());
            }
            long expense;
            if (spec.excessOverFivePercent() != null) {
                // Largest x with 100·x ≤ 5·(allocated + x), i.e. 19·x ≤ allocated.
                long x = allocated / 19 + spec.excessOverFivePercent();
                expense = allocated + x;
            } else {
                expense = allocated + spec.excess();
            }
            int insured = EmployerChecks.insuredInYear(bare, spec.year());
            years.add(new EmployerChecks.TaxYear(spec.year(), spec.status(), spec.pit() != null ? spec.pit() : insured, expense));
        }
        return new EmployerChecks.Company(taxCode, registry, years, union, units);
    }

    /** Writes a company built from tax specs; returns the findings it produces. */
    private List<ExpectedFinding> company(String taxCode, String registry, boolean union, List<EmployerChecks.Unit> units,
                                          List<TaxSpec> taxes) {
        String code = taxCode != null ? taxCode : units.isEmpty() ? newTaxCode() : units.get(0).taxCode();
        return writeCompany(resolve(code, registry, union, units, taxes));
    }

    /** Writes every row of a planted company and returns its expected findings (not yet recorded). */
    private List<ExpectedFinding> writeCompany(EmployerChecks.Company company) {
        String name = Units.companyName(random);
        LocalDate registered = LocalDate.of(2012 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        for (EmployerChecks.Unit unit : company.units()) {
            Units.writeUnit(world, unit, name, registered, "enterprise");
        }
        for (EmployerChecks.Unit unit : company.units()) {
            for (EmployerChecks.Spell s : unit.employment()) {
                Long salary = salaries.get(s);
                if (salary == null) {
                    throw new IllegalStateException("no salary for " + s);
                }
                world.write(Dataset.EMPLOYMENT, s.socialInsuranceCode(), unit.unitCode(), s.start(), s.end(), new Money(salary));
            }
        }
        if (company.registryStatus() != null) {
            world.write(Dataset.BUSINESS_REGISTRY, company.taxCode(), name, registered.minusDays(20), company.registryStatus(),
                    "active".equals(company.registryStatus()) ? null : asOf.minusDays(90), Places.PROVINCE_CODE,
                    Units.address(random), VietnameseNames.commonName(Gender.MALE, random));
        }
        Units.writeTaxYears(world, company.taxCode(), company.taxYears());
        if (company.union()) {
            world.write(Dataset.UNION_UNITS, company.taxCode(), registered.plusYears(1), 12);
        }
        return EmployerChecks.findings(company, asOf);
    }

    /** The insured salary of each planted employment spell. */
    private final Map<EmployerChecks.Spell, Long> salaries = new HashMap<>();

    private void clean(List<ExpectedFinding> produced, String what) {
        if (!produced.isEmpty()) {
            throw new IllegalStateException(what + " should be clean but gives " + produced);
        }
    }

    private void expect(List<ExpectedFinding> produced, String rule, String subject, String description) {
        expectIn(produced, rule, subject, description);
        if (produced.size() != 1) {
            throw new IllegalStateException("expected only " + rule + " for " + subject + " but got " + produced);
        }
    }

    private void expectIn(List<ExpectedFinding> produced, String rule, String subject, String description) {
        if (produced.stream().noneMatch(f -> f.rule().equals(rule) && f.subject().equals(subject))) {
            throw new IllegalStateException(rule + " planted for " + subject + " does not compute: " + produced);
        }
        cases.add(new PlantedCase(rule, subject, true, description));
        for (ExpectedFinding f : produced) {
            if (f.rule().equals(rule) && f.subject().equals(subject)) {
                findings.add(f);
            }
        }
    }

    private void expectNone(List<ExpectedFinding> produced, String rule, String subject, String description) {
        clean(produced, subject);
        cases.add(new PlantedCase(rule, subject, false, description));
    }

    private void expectNoneIn(List<ExpectedFinding> produced, String rule, String subject, String description) {
        if (produced.stream().anyMatch(f -> f.rule().equals(rule) && f.subject().equals(subject))) {
            throw new IllegalStateException(rule + " must not fire for " + subject + ": " + produced);
        }
        cases.add(new PlantedCase(rule, subject, false, description));
    }

    private void expectTaxCode(EmployerChecks.Company company, String rule, boolean fires, String description) {
        expectTaxCode(company, company.taxCode(), rule, fires, description);
    }

    private void expectTaxCode(EmployerChecks.Company company, String subject, String rule, boolean fires,
                               String description) {
        List<ExpectedFinding> produced = writeCompany(company);
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(rule) && f.subject().equals(subject));
        if (fired != fires || produced.size() != (fires ? 1 : 0)) {
            throw new IllegalStateException(rule + " case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(rule, subject, fires, description));
        findings.addAll(produced);
    }

    private void expectTaxCode(List<ExpectedFinding> produced, String subject, String rule, boolean fires,
                               String description) {
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(rule) && f.subject().equals(subject));
        if (fired != fires || produced.size() != (fires ? 1 : 0)) {
            throw new IllegalStateException(rule + " case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(rule, subject, fires, description));
        findings.addAll(produced);
    }

    private String newTaxCode() {
        return Identifiers.taxCode(companySerial % 3 == 0 ? "01" : "43", 4_000_000L + companySerial++);
    }
}
