package vn.phoihop.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the written files back and evaluates rules straight from them: outside the planted
 * cases nothing may come out, and the planted cases must come out exactly. This checks what
 * was written, not what the generator meant to write.
 */
class BackgroundCleanlinessTest {

    static LocalDate D;

    @TempDir
    static Path dir;
    static Map<String, String> personalIdOfCode = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        generate(0.4, 21, LocalDate.of(2026, 6, 30));
    }

    static void generate(double scale, long seed, LocalDate asOf) throws IOException {
        D = asOf;
        new Generator().generate(dir, scale, seed, asOf);
        personalIdOfCode.clear();
        Set<Long> rejected = GeneratedFiles.rejectedLines(dir, Dataset.INSURED_PERSONS);
        for (GeneratedFiles.Row row : GeneratedFiles.read(dir, Dataset.INSURED_PERSONS)) {
            if (!rejected.contains(row.line()) && !row.get("personal_id").isEmpty()) {
                personalIdOfCode.put(row.get("social_insurance_code"), row.get("personal_id"));
            }
        }
    }

    private static List<GeneratedFiles.Row> accepted(Dataset dataset) throws IOException {
        Set<Long> rejected = GeneratedFiles.rejectedLines(dir, dataset);
        return GeneratedFiles.read(dir, dataset).stream().filter(r -> !rejected.contains(r.line())).toList();
    }

    private static String personKey(GeneratedFiles.Row row) {
        String id = row.get("personal_id");
        if (!id.isEmpty()) {
            return id;
        }
        String code = row.get("social_insurance_code");
        return personalIdOfCode.getOrDefault(code, "BHXH:" + code);
    }

    /** Every unit's arrears computed from the files: dues, payments, reminders and payment mode. */
    private static Map<String, ArrearsCalculator.UnitArrears> arrearsFromFiles() throws IOException {
        Map<String, PaymentMode> modes = new HashMap<>();
        for (GeneratedFiles.Row unit : accepted(Dataset.EMPLOYERS)) {
            modes.put(unit.get("unit_code"), switch (unit.get("payment_mode")) {
                case "quarterly" -> PaymentMode.QUARTERLY;
                case "half_yearly" -> PaymentMode.HALF_YEARLY;
                default -> PaymentMode.MONTHLY;
            });
        }
        Map<String, TreeMap<YearMonth, ArrearsCalculator.Due>> dues = new HashMap<>();
        for (GeneratedFiles.Row d : accepted(Dataset.CONTRIBUTION_DUES)) {
            dues.computeIfAbsent(d.get("unit_code"), k -> new TreeMap<>()).put(GeneratedFiles.month(d.get("period")),
                    new ArrearsCalculator.Due(Integer.parseInt(d.get("headcount")), GeneratedFiles.money(d.get("amount_due"))));
        }
        Map<String, List<PaymentAllocation.Payment>> payments = new HashMap<>();
        for (GeneratedFiles.Row p : accepted(Dataset.CONTRIBUTION_PAYMENTS)) {
            payments.computeIfAbsent(p.get("unit_code"), k -> new ArrayList<>()).add(new PaymentAllocation.Payment(
                    p.get("payment_ref"), GeneratedFiles.date(p.get("paid_on")), GeneratedFiles.money(p.get("amount"))));
        }
        Map<String, List<LocalDate>> reminders = new HashMap<>();
        for (GeneratedFiles.Row r : accepted(Dataset.PAYMENT_REMINDERS)) {
            reminders.computeIfAbsent(r.get("unit_code"), k -> new ArrayList<>()).add(GeneratedFiles.date(r.get("sent_on")));
        }
        Map<String, ArrearsCalculator.UnitArrears> result = new HashMap<>();
        for (String unit : modes.keySet()) {
            result.put(unit, ArrearsCalculator.compute(modes.get(unit), dues.getOrDefault(unit, new TreeMap<>()),
                    payments.getOrDefault(unit, List.of()), reminders.getOrDefault(unit, List.of()), D));
        }
        return result;
    }

    @Test
    void units_with_overdue_dues_are_exactly_the_planted_arrears() throws IOException {
        Set<String> late = new HashSet<>();
        Set<String> evasion = new HashSet<>();
        arrearsFromFiles().forEach((unit, result) -> {
            if (result.kind() == ArrearsCalculator.Kind.LATE) {
                late.add(unit);
            } else if (result.kind() == ArrearsCalculator.Kind.EVASION) {
                evasion.add(unit);
            }
        });
        assertThat(late).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.ARREARS_LATE));
        assertThat(evasion).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.ARREARS_EVASION));
        assertThat(accepted(Dataset.EMPLOYERS)).extracting(u -> u.get("payment_mode"))
                .contains("quarterly", "half_yearly");
    }

    @Test
    void the_employer_side_tax_rules_find_exactly_the_planted_companies() throws IOException {
        Map<String, ArrearsCalculator.UnitArrears> arrears = arrearsFromFiles();
        Map<String, String> taxCodeOfUnit = new HashMap<>();
        Map<String, String> statusOfUnit = new HashMap<>();
        for (GeneratedFiles.Row u : accepted(Dataset.EMPLOYERS)) {
            taxCodeOfUnit.put(u.get("unit_code"), u.get("tax_code"));
            statusOfUnit.put(u.get("unit_code"), u.get("status"));
        }
        Map<String, List<GeneratedFiles.Row>> jobsOfTaxCode = new HashMap<>();
        Set<String> workingUnits = new HashSet<>();
        for (GeneratedFiles.Row e : accepted(Dataset.EMPLOYMENT)) {
            String taxCode = taxCodeOfUnit.get(e.get("unit_code"));
            jobsOfTaxCode.computeIfAbsent(taxCode, k -> new ArrayList<>()).add(e);
            YearMonth from = GeneratedFiles.month(e.get("start_month"));
            YearMonth to = e.get("end_month").isEmpty() ? null : GeneratedFiles.month(e.get("end_month"));
            if (!from.isAfter(YearMonth.from(D)) && (to == null || !YearMonth.from(D).isAfter(to))) {
                workingUnits.add(e.get("unit_code"));
            }
        }
        Map<String, String> registry = new HashMap<>();
        for (GeneratedFiles.Row b : accepted(Dataset.BUSINESS_REGISTRY)) {
            registry.put(b.get("tax_code"), b.get("status"));
        }
        Map<String, GeneratedFiles.Row> latest = new HashMap<>();
        Set<String> gaps = new HashSet<>();
        for (GeneratedFiles.Row t : accepted(Dataset.TAX_EMPLOYERS)) {
            String code = t.get("tax_code");
            int year = Integer.parseInt(t.get("fiscal_year"));
            GeneratedFiles.Row known = latest.get(code);
            if (year <= D.getYear() && (known == null || Integer.parseInt(known.get("fiscal_year")) < year)) {
                latest.put(code, t);
            }
            long allocated = 0;
            for (Map.Entry<String, String> u : taxCodeOfUnit.entrySet()) {
                if (u.getValue().equals(code)) {
                    allocated += arrears.get(u.getKey()).allocation().allocatedInYear(year);
                }
            }
            long expense = GeneratedFiles.money(t.get("si_expense_deducted"));
            long excess = expense - allocated;
            if (excess > 10_000_000L && 100 * excess > 5 * expense) {
                gaps.add(code + "/" + year);
            }
        }
        assertThat(gaps).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.TAX_SI_EXPENSE_GAP));

        Set<String> underDeclared = new HashSet<>();
        for (String code : new HashSet<>(taxCodeOfUnit.values())) {
            GeneratedFiles.Row t = latest.get(code);
            if (t == null || !t.get("status").equals("active")) {
                continue;
            }
            int year = Integer.parseInt(t.get("fiscal_year"));
            Set<String> insured = new HashSet<>();
            for (GeneratedFiles.Row e : jobsOfTaxCode.getOrDefault(code, List.of())) {
                YearMonth from = GeneratedFiles.month(e.get("start_month"));
                YearMonth to = e.get("end_month").isEmpty() ? null : GeneratedFiles.month(e.get("end_month"));
                if (!from.isAfter(YearMonth.of(year, 12)) && (to == null || !to.isBefore(YearMonth.of(year, 1)))) {
                    insured.add(e.get("social_insurance_code"));
                }
            }
            int pit = Integer.parseInt(t.get("pit_employee_count"));
            int gap = pit - insured.size();
            if (gap >= 5 && 100 * gap >= 20 * pit) {
                underDeclared.add(code);
            }
        }
        assertThat(underDeclared).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.EMPLOYER_UNDER_DECLARED));

        Set<String> defunct = new HashSet<>();
        taxCodeOfUnit.forEach((unit, code) -> {
            GeneratedFiles.Row t = latest.get(code);
            boolean defunctCode = Set.of("dissolved", "bankrupt").contains(registry.getOrDefault(code, ""))
                    || (t != null && Set.of("ceased", "dissolved", "not_at_address").contains(t.get("status")));
            if (!statusOfUnit.get(unit).equals("closed") && defunctCode
                    && (arrears.get(unit).overdueAmount() > 0 || workingUnits.contains(unit))) {
                defunct.add(unit);
            }
        });
        assertThat(defunct).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.EMPLOYER_DEFUNCT));
    }

    @Test
    void pensions_paid_after_a_death_are_exactly_the_planted_ones() throws IOException {
        Map<String, LocalDate> deaths = new HashMap<>();
        for (GeneratedFiles.Row p : accepted(Dataset.POPULATION)) {
            if (!p.get("death_date").isEmpty()) {
                deaths.put(p.get("personal_id"), GeneratedFiles.date(p.get("death_date")));
            }
        }
        Set<String> paidToDead = new HashSet<>();
        for (GeneratedFiles.Row pension : accepted(Dataset.PENSION_PAYMENTS)) {
            LocalDate death = deaths.get(personKey(pension));
            if (death != null && GeneratedFiles.month(pension.get("period")).atDay(1).isAfter(death)) {
                paidToDead.add(pension.get("social_insurance_code"));
            }
        }
        assertThat(deaths).isNotEmpty();
        assertThat(paidToDead).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.DECEASED_PAYMENT));
    }

    @Test
    void benefits_overlapping_employment_are_exactly_the_planted_ones() throws IOException {
        Map<String, List<GeneratedFiles.Row>> jobs = new HashMap<>();
        for (GeneratedFiles.Row e : accepted(Dataset.EMPLOYMENT)) {
            jobs.computeIfAbsent(e.get("social_insurance_code"), k -> new ArrayList<>()).add(e);
        }
        Set<String> overlapping = new HashSet<>();
        for (GeneratedFiles.Row b : accepted(Dataset.UI_BENEFITS)) {
            LocalDate start = GeneratedFiles.date(b.get("start_date"));
            LocalDate end = GeneratedFiles.date(b.get("end_date"));
            for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                if (start.isAfter(m.atDay(1)) || end.isBefore(m.atEndOfMonth())) {
                    continue;
                }
                for (GeneratedFiles.Row job : jobs.getOrDefault(b.get("social_insurance_code"), List.of())) {
                    YearMonth from = GeneratedFiles.month(job.get("start_month"));
                    YearMonth to = job.get("end_month").isEmpty() ? null : GeneratedFiles.month(job.get("end_month"));
                    if (!from.isAfter(m) && (to == null || !m.isAfter(to))) {
                        overlapping.add(b.get("decision_no"));
                    }
                }
            }
        }
        assertThat(accepted(Dataset.UI_BENEFITS)).hasSizeGreaterThan(20);
        assertThat(overlapping).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.UI_WHILE_EMPLOYED));
    }

    @Test
    void ethnic_minority_cards_of_people_not_eligible_are_exactly_the_planted_ones() throws IOException {
        Set<String> eligible = new HashSet<>();
        for (GeneratedFiles.Row e : accepted(Dataset.ETHNIC_SUPPORT)) {
            LocalDate from = GeneratedFiles.date(e.get("eligible_from"));
            LocalDate to = GeneratedFiles.date(e.get("eligible_to"));
            if (!from.isAfter(D) && (to == null || !D.isAfter(to))) {
                eligible.add(e.get("personal_id"));
            }
        }
        Set<String> notEligible = new HashSet<>();
        int dtCards = 0;
        for (GeneratedFiles.Row card : accepted(Dataset.HEALTH_CARDS)) {
            if (card.get("group_code").equals("DT") && GeneratedFiles.validOn(card, D)) {
                dtCards++;
                if (!eligible.contains(personKey(card))) {
                    notEligible.add(card.get("card_number"));
                }
            }
        }
        assertThat(dtCards).isGreaterThan(20);
        assertThat(notEligible).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.ETHNIC_CARD_NOT_ELIGIBLE));
    }

    @Test
    void facilities_over_their_estimate_are_exactly_the_planted_ones() throws IOException {
        Set<String> over = new HashSet<>();
        for (GeneratedFiles.Row f : accepted(Dataset.FACILITY_SPENDING)) {
            int year = Integer.parseInt(f.get("year"));
            if (year <= D.getYear() && GeneratedFiles.money(f.get("actual_claims")) > GeneratedFiles.money(f.get("estimate"))) {
                over.add(f.get("facility_code") + "/" + year);
            }
        }
        assertThat(over).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.FACILITY_OVER_ESTIMATE));
    }

    @Test
    void tax_codes_with_employees_but_no_employers_row_are_exactly_the_planted_ones() throws IOException {
        Set<String> registered = new HashSet<>();
        for (GeneratedFiles.Row u : accepted(Dataset.EMPLOYERS)) {
            registered.add(u.get("tax_code"));
        }
        Map<String, String> registry = new HashMap<>();
        for (GeneratedFiles.Row b : accepted(Dataset.BUSINESS_REGISTRY)) {
            registry.put(b.get("tax_code"), b.get("status"));
        }
        Map<String, GeneratedFiles.Row> latest = new HashMap<>();
        for (GeneratedFiles.Row t : accepted(Dataset.TAX_EMPLOYERS)) {
            int year = Integer.parseInt(t.get("fiscal_year"));
            GeneratedFiles.Row known = latest.get(t.get("tax_code"));
            if (year <= D.getYear() && (known == null || Integer.parseInt(known.get("fiscal_year")) < year)) {
                latest.put(t.get("tax_code"), t);
            }
        }
        Set<String> evidence = new HashSet<>();
        latest.forEach((code, t) -> {
            if (Integer.parseInt(t.get("pit_employee_count")) >= 1) {
                evidence.add(code);
            }
        });
        for (GeneratedFiles.Row u : accepted(Dataset.UNION_UNITS)) {
            evidence.add(u.get("tax_code"));
        }
        Set<String> notRegistered = new HashSet<>();
        for (String code : evidence) {
            boolean registryActive = !registry.containsKey(code) || registry.get(code).equals("active");
            boolean taxActive = !latest.containsKey(code) || latest.get(code).get("status").equals("active");
            if (registryActive && taxActive && !registered.contains(code)) {
                notRegistered.add(code);
            }
        }
        assertThat(notRegistered).isEqualTo(GeneratedFiles.subjectsOf(dir, Rules.EMPLOYER_NOT_REGISTERED));
    }
}
