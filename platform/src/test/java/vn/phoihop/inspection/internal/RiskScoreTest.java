package vn.phoihop.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk score: weights as data, numbers behind each reason, caps, ranking. */
class RiskScoreTest {

    /** The factors as in V8_1 (a fixture, so the unit test runs without a database). */
    static List<RiskFactor> factors() {
        return List.of(
                factor("evasion", "30", "flat", "30", "Luật BHXH 41/2024/QH15 Điều 39.1"),
                factor("criminal_threshold", "20", "flat", "20", "Bộ luật Hình sự 2015 Điều 216.1"),
                factor("arrears_months", "3", "month", "30", "Luật BHXH 41/2024/QH15 Điều 38"),
                factor("arrears_amount", "2", "10m_vnd", "20", "Luật BHXH 41/2024/QH15 Điều 38, 40"),
                factor("under_declared", "1", "employee", "20", "Luật BHXH 41/2024/QH15 Điều 39.1.a"),
                factor("complaints", "10", "count", "30", "QCPH 1619/2012 Điều 8, 18.3"),
                factor("recently_inspected", "-20", "flat", null, "Chỉ thị 20/CT-TTg"));
    }

    static RiskFactor factor(String code, String points, String unit, String max, String basis) {
        return new RiskFactor(code, code + " vi", code + " en", new BigDecimal(points), unit,
                max == null ? null : new BigDecimal(max), basis, "", "");
    }

    static RiskScore.Signal signal(String factor, long raw) {
        return new RiskScore.Signal(factor, BigDecimal.valueOf(raw), factor + " detail", 1L);
    }

    final RiskScore score = new RiskScore(factors());

    @Test
    void an_evading_employer_scores_each_reason_with_its_number_points_and_legal_basis() {
        RiskScore.Candidate candidate = score.score("0101234567", "Công ty A", List.of("TS0001"), List.of(
                signal("evasion", 1), signal("arrears_months", 7), signal("arrears_amount", 85_000_000)), null);

        assertThat(candidate.score()).isEqualByComparingTo("68.0");
        assertThat(candidate.reasons()).extracting(RiskScore.Reason::factor)
                .containsExactly("evasion", "arrears_months", "arrears_amount");
        RiskScore.Reason amount = candidate.reasons().get(2);
        assertThat(amount.raw()).isEqualByComparingTo("85000000");
        assertThat(amount.points()).isEqualByComparingTo("17.0");
        assertThat(amount.legalBasis()).isEqualTo("Luật BHXH 41/2024/QH15 Điều 38, 40");
        assertThat(candidate.amountInArrearsVnd()).isEqualByComparingTo("85000000");
    }

    @Test
    void points_stop_at_the_cap_of_the_factor() {
        RiskScore.Candidate candidate = score.score("1", "A", List.of(), List.of(signal("arrears_months", 40),
                signal("arrears_amount", 2_000_000_000L)), null);
        assertThat(candidate.reasons()).extracting(RiskScore.Reason::points)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("30"), new BigDecimal("20"));
    }

    @Test
    void two_units_in_arrears_add_their_months_before_the_cap_and_a_flat_factor_counts_once() {
        RiskScore.Candidate candidate = score.score("1", "A", List.of("U1", "U2"), List.of(signal("evasion", 1),
                signal("evasion", 1), signal("arrears_months", 4), signal("arrears_months", 3)), null);
        assertThat(candidate.reasons().get(0).points()).isEqualByComparingTo("30");
        assertThat(candidate.reasons().get(1).raw()).isEqualByComparingTo("7");
        assertThat(candidate.reasons().get(1).points()).isEqualByComparingTo("21");
        assertThat(candidate.score()).isEqualByComparingTo("51");
    }

    @Test
    void an_employer_inspected_last_year_without_violation_loses_points() {
        RiskScore.Candidate candidate = score.score("1", "A", List.of(), List.of(signal("complaints", 2),
                signal("recently_inspected", 1)), null);
        assertThat(candidate.score()).isEqualByComparingTo("0");
        assertThat(candidate.reasons()).extracting(RiskScore.Reason::factor)
                .containsExactly("complaints", "recently_inspected");
    }

    @Test
    void an_amount_below_ten_million_counts_its_fraction_and_no_signal_no_points() {
        assertThat(score.score("1", "A", List.of(), List.of(signal("arrears_amount", 5_000_000)), null).score())
                .isEqualByComparingTo("1.0");
        assertThat(score.score("1", "A", List.of(), List.of(), null).score()).isEqualByComparingTo("0");
    }

    @Test
    void a_signal_without_a_factor_in_the_table_is_refused() {
        assertThatThrownBy(() -> score.score("1", "A", List.of(), List.of(signal("horoscope", 1)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horoscope");
    }

    @Test
    void the_ranking_puts_the_highest_score_first_then_the_larger_arrears_then_the_code() {
        List<RiskScore.Candidate> candidates = new ArrayList<>(List.of(
                score.score("3", "C", List.of(), List.of(signal("arrears_amount", 50_000_000)), null),
                score.score("2", "B", List.of(), List.of(signal("under_declared", 10)), null),
                score.score("1", "A", List.of(), List.of(signal("evasion", 1)), null),
                score.score("0", "Z", List.of(), List.of(signal("under_declared", 10)), null)));
        candidates.sort(RiskScore.RANKING);
        assertThat(candidates).extracting(RiskScore.Candidate::targetCode).containsExactly("1", "3", "0", "2");
    }
}
