package vn.phoihop.inspection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The risk score of an employer, built so that a person can follow it: each signal (a finding, a
 * complaint, a previous inspection) feeds one factor; the factor turns the number behind it into
 * points with its weight from data; the score is the sum, and every reason keeps its number, its
 * points and its legal basis.
 */
final class RiskScore {

    /** What is known about one employer before scoring: one factor, the raw number, where it comes from. */
    record Signal(String factor, BigDecimal raw, String detail, Long findingId) {
    }

    /** A reason to inspect: the factor, the number behind it, the points and the legal basis. */
    record Reason(String factor, String labelVi, String labelEn, BigDecimal raw, String unit, BigDecimal points,
            String legalBasis, List<String> details, List<Long> findingIds) {
    }

    /** An employer worth inspecting, with its score and its reasons (largest first). */
    record Candidate(String targetCode, String name, List<String> unitCodes, BigDecimal score, List<Reason> reasons,
            BigDecimal amountInArrearsVnd, Long plannedInspectionId, Map<Long, String> findings) {
    }

    private final Map<String, RiskFactor> factors;

    RiskScore(List<RiskFactor> factors) {
        this.factors = factors.stream().collect(Collectors.toMap(RiskFactor::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Scores one employer. Signals of the same factor add up their numbers (two units in arrears
     * count their months together) before the cap applies; a flat factor counts once.
     */
    Candidate score(String targetCode, String name, List<String> unitCodes, List<Signal> signals,
            Long plannedInspectionId) {
        Map<String, List<Signal>> byFactor = new LinkedHashMap<>();
        for (Signal signal : signals) {
            if (!factors.containsKey(signal.factor())) {
                throw new IllegalArgumentException("no risk factor " + signal.factor() + " in inspection_risk_factor");
            }
            byFactor.computeIfAbsent(signal.factor(), f -> new ArrayList<>()).add(signal);
        }
        List<Reason> reasons = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        for (Map.Entry<String, List<Signal>> entry : byFactor.entrySet()) {
            RiskFactor factor = factors.get(entry.getKey());
            BigDecimal raw = entry.getValue().stream().map(Signal::raw).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal points = factor.points(raw);
            score = score.add(points);
            reasons.add(new Reason(factor.code(), factor.labelVi(), factor.labelEn(), raw, factor.unit(), points,
                    factor.legalBasis(), entry.getValue().stream().map(Signal::detail).distinct().toList(),
                    entry.getValue().stream().map(Signal::findingId).filter(id -> id != null).distinct().toList()));
        }
        reasons.sort(Comparator.comparing(Reason::points).reversed());
        BigDecimal arrears = byFactor.getOrDefault("arrears_amount", List.of()).stream().map(Signal::raw)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, String> findings = new java.util.TreeMap<>();
        signals.stream().filter(s -> s.findingId() != null).forEach(s -> findings.putIfAbsent(s.findingId(), s.detail()));
        return new Candidate(targetCode, name, List.copyOf(unitCodes), score, List.copyOf(reasons), arrears,
                plannedInspectionId, findings);
    }

    /** Highest score first; ties by the amount in arrears, then by code, so the order is stable. */
    static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::score).reversed()
            .thenComparing(Comparator.comparing(Candidate::amountInArrearsVnd).reversed())
            .thenComparing(Candidate::targetCode);
}
