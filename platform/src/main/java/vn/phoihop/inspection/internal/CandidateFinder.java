package vn.phoihop.inspection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.casework.Cases;
import vn.phoihop.reconcile.Findings;

/**
 * The candidates for next year's inspections: every employer with a standing finding (open or
 * confirmed) of the employer rules, a complaint, or an inspection history, scored by
 * {@link RiskScore} with the weights of {@code inspection_risk_factor}.
 */
@Component
class CandidateFinder {

    static final List<String> RULES = List.of("ARREARS-EVASION", "ARREARS-LATE", "EMPLOYER-NOT-REGISTERED",
            "EMPLOYER-UNDER-DECLARED", "EMPLOYER-DEFUNCT", "TAX-SI-EXPENSE-GAP");
    static final Set<String> COMPLAINT_TYPES = Set.of("complaint", "denunciation");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final Findings findings;
    private final Cases cases;
    private final EmployerDirectory employers;

    CandidateFinder(JdbcClient jdbc, Findings findings, Cases cases, EmployerDirectory employers) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.cases = cases;
        this.employers = employers;
    }

    List<RiskFactor> factors() {
        return jdbc.sql("SELECT * FROM inspection_risk_factor ORDER BY position")
                .query((rs, row) -> new RiskFactor(rs.getString("code"), rs.getString("label_vi"),
                        rs.getString("label_en"), rs.getBigDecimal("points_per_unit"), rs.getString("unit"),
                        rs.getBigDecimal("max_points"), rs.getString("legal_basis"), rs.getString("description_vi"),
                        rs.getString("description_en")))
                .list();
    }

    /** The ranked candidates of {@code provinceCode} for inspections in {@code year}. */
    List<RiskScore.Candidate> candidates(int year, String provinceCode) {
        EmployerDirectory.Directory directory = employers.of(provinceCode);
        Map<String, List<RiskScore.Signal>> signals = new LinkedHashMap<>();
        Map<String, Set<String>> units = new LinkedHashMap<>();
        for (Findings.Finding finding : standingFindings(provinceCode)) {
            String subject = finding.rule().equals("TAX-SI-EXPENSE-GAP") ? finding.subject().split("/")[0]
                    : finding.subject();
            String enterprise = directory.enterpriseOf(subject);
            if (directory.units().containsKey(subject)) {
                units.computeIfAbsent(enterprise, e -> new LinkedHashSet<>()).add(subject);
            }
            signals.computeIfAbsent(enterprise, e -> new ArrayList<>()).addAll(signalsOf(finding));
        }
        Map<String, Long> complaints = cases.countBySubject(provinceCode, COMPLAINT_TYPES);
        complaints.forEach((subject, count) -> {
            String enterprise = directory.enterpriseOf(subject);
            if (signals.containsKey(enterprise) || directory.units().containsKey(subject)
                    || directory.registryNames().containsKey(subject)) {
                signals.computeIfAbsent(enterprise, e -> new ArrayList<>()).add(new RiskScore.Signal("complaints",
                        BigDecimal.valueOf(count), count + " hồ sơ khiếu nại, tố cáo về " + subject, null));
            }
        });
        history(year, provinceCode, signals);
        Map<String, Long> planned = plannedThisYear(year, provinceCode);
        RiskScore score = new RiskScore(factors());
        List<RiskScore.Candidate> candidates = new ArrayList<>();
        signals.forEach((enterprise, list) -> {
            boolean hasLead = list.stream().anyMatch(s -> !s.factor().equals("recently_inspected"));
            if (hasLead) {
                candidates.add(score.score(enterprise, directory.nameOf(enterprise),
                        List.copyOf(units.getOrDefault(enterprise, Set.of())), list, planned.get(enterprise)));
            }
        });
        candidates.sort(RiskScore.RANKING);
        return candidates;
    }

    private List<Findings.Finding> standingFindings(String provinceCode) {
        List<Findings.Finding> standing = new ArrayList<>();
        for (Findings.Status status : List.of(Findings.Status.OPEN, Findings.Status.CONFIRMED)) {
            int page = 0;
            Findings.Page result;
            do {
                result = findings.search(provinceCode, RULES, null, status, page++, PAGE);
                standing.addAll(result.items());
            } while ((long) page * PAGE < result.total());
        }
        return standing;
    }

    /** The signals one finding gives: its kind, and the months and amounts behind it. */
    static List<RiskScore.Signal> signalsOf(Findings.Finding f) {
        List<RiskScore.Signal> signals = new ArrayList<>();
        String detail = f.rule() + ": " + f.detail();
        long amount = f.amountVnd() == null ? 0 : f.amountVnd();
        switch (f.rule()) {
            case "ARREARS-EVASION", "ARREARS-LATE" -> {
                if (f.rule().equals("ARREARS-EVASION")) {
                    signals.add(new RiskScore.Signal("evasion", BigDecimal.ONE, detail, f.id()));
                    if (f.flags() != null && f.flags().contains("criminal_threshold")) {
                        signals.add(new RiskScore.Signal("criminal_threshold", BigDecimal.ONE, detail, f.id()));
                    }
                }
                if (f.months() != null && f.months() > 0) {
                    signals.add(new RiskScore.Signal("arrears_months", BigDecimal.valueOf(f.months()), detail, f.id()));
                }
                if (amount > 0) {
                    signals.add(new RiskScore.Signal("arrears_amount", BigDecimal.valueOf(amount), detail, f.id()));
                }
            }
            case "EMPLOYER-UNDER-DECLARED" -> signals.add(new RiskScore.Signal("under_declared",
                    BigDecimal.valueOf(missingEmployees(f)), detail, f.id()));
            case "EMPLOYER-NOT-REGISTERED" -> signals.add(new RiskScore.Signal("not_registered", BigDecimal.ONE, detail,
                    f.id()));
            case "TAX-SI-EXPENSE-GAP" -> signals.add(new RiskScore.Signal("tax_gap", BigDecimal.valueOf(amount), detail,
                    f.id()));
            case "EMPLOYER-DEFUNCT" -> signals.add(new RiskScore.Signal("defunct", BigDecimal.ONE, detail, f.id()));
            default -> {
            }
        }
        return signals;
    }

    /** Employees in the tax return minus those insured, from the finding's evidence (at least 1). */
    static long missingEmployees(Findings.Finding f) {
        try {
            for (JsonNode row : JSON.readTree(f.evidenceJson())) {
                if (row.has("pit_employee_count") && row.has("insured_persons_employed_in_year")) {
                    return Math.max(1, row.get("pit_employee_count").asLong()
                            - row.get("insured_persons_employed_in_year").asLong());
                }
            }
        } catch (RuntimeException e) {
            return 1;
        }
        return 1;
    }

    /** Previous inspections of the two years before: with violations (points on) or compliant last year (points off). */
    private void history(int year, String provinceCode, Map<String, List<RiskScore.Signal>> signals) {
        jdbc.sql("""
                SELECT i.id, i.target_code, i.year, c.result, c.number FROM inspection i
                JOIN inspection_conclusion c ON c.inspection_id = i.id
                WHERE i.province_code = ? AND i.year BETWEEN ? AND ? ORDER BY i.year, i.id""")
                .params(provinceCode, year - 2, year - 1)
                .query(rs -> {
                    String target = rs.getString("target_code");
                    int inspectedYear = rs.getInt("year");
                    String text = "Kết luận " + rs.getString("number") + " năm " + inspectedYear;
                    if (rs.getString("result").equals("violation")) {
                        signals.computeIfAbsent(target, t -> new ArrayList<>()).add(new RiskScore.Signal(
                                "previous_violation", BigDecimal.ONE, text + ": có vi phạm", null));
                    } else if (inspectedYear == year - 1) {
                        signals.computeIfAbsent(target, t -> new ArrayList<>()).add(new RiskScore.Signal(
                                "recently_inspected", BigDecimal.ONE, text + ": không vi phạm", null));
                    }
                });
    }

    private Map<String, Long> plannedThisYear(int year, String provinceCode) {
        Map<String, Long> planned = new LinkedHashMap<>();
        jdbc.sql("SELECT target_code, min(id) AS id FROM inspection WHERE year = ? AND province_code = ? GROUP BY target_code")
                .params(year, provinceCode)
                .query(rs -> {
                    planned.put(rs.getString("target_code"), rs.getLong("id"));
                });
        return planned;
    }
}
