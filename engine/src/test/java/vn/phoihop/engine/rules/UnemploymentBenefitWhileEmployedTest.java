package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnemploymentBenefitWhileEmployedTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void whole_benefit_months_covered_by_a_job_are_reported_with_their_amount() {
        province.benefit("QD-001", "6201000001", "2025-03-15", "2025-07-14", 3_000_000)
                .employment("6201000001", "DV01", "2025-05", null);

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("UI-WHILE-EMPLOYED");
        assertThat(finding.subject()).isEqualTo("QD-001");
        assertThat(finding.months()).isEqualTo(2);
        assertThat(finding.amountVnd()).isEqualTo(6_000_000L);
        assertThat(finding.detail()).contains("05/2025, 06/2025", "DV01");
    }

    @Test
    void a_benefit_starting_on_the_first_counts_its_first_month_and_overlapping_jobs_count_once() {
        province.benefit("QD-001", "6201000001", "2025-03-01", "2025-05-31", 3_000_000)
                .employment("6201000001", "DV01", "2025-01", "2025-03")
                .employment("6201000001", "DV02", "2025-03", "2025-04");

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("UI-WHILE-EMPLOYED");
        assertThat(finding.months()).isEqualTo(2);
        assertThat(finding.detail()).contains("03/2025, 04/2025", "DV01, DV02");
    }

    @Test
    void a_job_starting_in_the_last_partial_month_of_a_benefit_does_not_count() {
        province.benefit("QD-001", "6201000001", "2025-03-15", "2025-07-14", 3_000_000)
                .employment("6201000001", "DV01", "2025-07", null)
                .employment("6201000001", "DV02", "2024-01", "2025-03");

        province.reconcile("2025-12-31");

        assertThat(province.findings("UI-WHILE-EMPLOYED")).isEmpty();
    }

    @Test
    void a_job_of_another_person_does_not_count() {
        province.benefit("QD-001", "6201000001", "2025-03-01", "2025-05-31", 3_000_000)
                .employment("6201000002", "DV01", "2025-01", null);

        province.reconcile("2025-12-31");

        assertThat(province.findings("UI-WHILE-EMPLOYED")).isEmpty();
    }
}
