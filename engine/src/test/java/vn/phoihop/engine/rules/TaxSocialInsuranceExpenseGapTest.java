package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaxSocialInsuranceExpenseGapTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void an_excess_just_over_ten_million_is_reported_for_a_small_deduction() {
        paidForYear("DV01", "6200000001", 2024, 89_999_999);
        province.tax("6200000001", 2024, "active", 10, 100_000_000);

        province.reconcile("2025-06-30");

        Fixtures.Finding finding = province.onlyFinding("TAX-SI-EXPENSE-GAP");
        assertThat(finding.subject()).isEqualTo("6200000001/2024");
        assertThat(finding.amountVnd()).isEqualTo(10_000_001L);
        assertThat(finding.detail()).contains("khấu trừ chi phí BHXH 100.000.000 đồng", "DV01", "là 89.999.999 đồng", "vượt 10.000.001 đồng");
    }

    @Test
    void an_excess_of_exactly_ten_million_is_not_reported() {
        paidForYear("DV01", "6200000001", 2024, 90_000_000);
        province.tax("6200000001", 2024, "active", 10, 100_000_000);

        province.reconcile("2025-06-30");

        assertThat(province.findings("TAX-SI-EXPENSE-GAP")).isEmpty();
    }

    @Test
    void for_a_large_deduction_the_threshold_is_five_percent() {
        // 5 % of 300,000,000 = 15,000,000
        paidForYear("DV01", "6200000001", 2024, 285_000_000);
        province.tax("6200000001", 2024, "active", 10, 300_000_000);
        paidForYear("DV02", "6200000002", 2024, 284_999_999);
        province.tax("6200000002", 2024, "active", 10, 300_000_000);

        province.reconcile("2025-06-30");

        assertThat(province.findings("TAX-SI-EXPENSE-GAP"))
                .extracting(Fixtures.Finding::subject, Fixtures.Finding::amountVnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6200000002/2024", 15_000_001L));
    }

    @Test
    void money_paid_for_periods_of_another_year_does_not_count() {
        paidForYear("DV01", "6200000001", 2023, 100_000_000);
        province.tax("6200000001", 2024, "active", 10, 100_000_000);

        province.reconcile("2025-06-30");

        assertThat(province.onlyFinding("TAX-SI-EXPENSE-GAP").amountVnd()).isEqualTo(100_000_000L);
    }

    /** One due of the whole amount in January of the year, paid in full in February. */
    private void paidForYear(String unit, String taxCode, int year, long amount) {
        province.employer(unit, taxCode, "active", "monthly")
                .due(unit, year + "-01", 5, amount)
                .payment("PT-" + unit + year, unit, year + "-02-15", amount);
    }
}
