package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmployerNotRegisteredTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void an_active_enterprise_withholding_income_tax_for_employees_without_any_unit_is_reported() {
        province.business("6200000001", "active")
                .tax("6200000001", 2025, "active", 7, 0);

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("EMPLOYER-NOT-REGISTERED");
        assertThat(finding.subject()).isEqualTo("6200000001");
        assertThat(finding.detail()).contains("năm 2025 khấu trừ thuế TNCN của 7 người");
        assertThat(finding.evidence()).contains("\"dataset\":\"tax_employers\"", "\"dataset\":\"business_registry\"");
    }

    @Test
    void a_trade_union_is_evidence_of_employees_on_its_own() {
        province.union("6200000001", "2023-04-01");

        province.reconcile("2025-12-31");

        assertThat(province.onlyFinding("EMPLOYER-NOT-REGISTERED").detail())
                .contains("có công đoàn cơ sở từ 01/04/2023");
    }

    @Test
    void only_the_latest_tax_year_up_to_d_counts_as_evidence() {
        province.tax("6200000001", 2023, "active", 12, 0)
                .tax("6200000001", 2024, "active", 0, 0)
                .tax("6200000002", 2024, "active", 0, 0)
                .tax("6200000002", 2026, "active", 30, 0);

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-NOT-REGISTERED")).isEmpty();
    }

    @Test
    void a_defunct_enterprise_is_not_reported() {
        province.business("6200000001", "dissolved").tax("6200000001", 2025, "active", 7, 0)
                .business("6200000002", "active").tax("6200000002", 2025, "ceased", 7, 0)
                .union("6200000002", "2020-01-01");

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-NOT-REGISTERED")).isEmpty();
    }

    @Test
    void an_enterprise_registered_through_its_head_office_or_a_branch_is_registered() {
        province.tax("6200000001-001", 2025, "active", 7, 0)
                .employer("DV01", "6200000001", "active", "monthly")
                .tax("6200000002", 2025, "active", 9, 0)
                .employer("DV02", "6200000002-003", "active", "monthly");

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-NOT-REGISTERED")).isEmpty();
    }

    @Test
    void a_branch_of_a_dissolved_enterprise_is_defunct_too() {
        province.business("6200000001", "dissolved")
                .tax("6200000001-001", 2025, "active", 7, 0);

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-NOT-REGISTERED")).isEmpty();
    }
}
