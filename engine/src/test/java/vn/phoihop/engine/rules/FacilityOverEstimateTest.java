package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacilityOverEstimateTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void claims_above_the_estimate_are_reported_with_the_excess() {
        province.facility("62001", 2024, 1_000_000_000, 1_250_000_000);

        province.reconcile("2025-03-31");

        Fixtures.Finding finding = province.onlyFinding("FACILITY-OVER-ESTIMATE");
        assertThat(finding.subject()).isEqualTo("62001/2024");
        assertThat(finding.amountVnd()).isEqualTo(250_000_000L);
        assertThat(finding.detail()).contains("chi phí được duyệt 1.250.000.000 đồng vượt dự toán 1.000.000.000 đồng là 250.000.000 đồng");
    }

    @Test
    void claims_equal_to_the_estimate_or_a_year_after_d_are_not_reported() {
        province.facility("62001", 2024, 1_000_000_000, 1_000_000_000)
                .facility("62002", 2026, 1_000_000_000, 1_500_000_000);

        province.reconcile("2025-03-31");

        assertThat(province.findings("FACILITY-OVER-ESTIMATE")).isEmpty();
    }
}
