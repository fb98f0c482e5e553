package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmployerUnderDeclaredTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void ten_more_employees_for_tax_than_insured_out_of_thirty_is_under_declaration() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .tax("6200000001", 2025, "active", 30, 0);
        insuredEmployees("DV01", 20, "2025-03", null);

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("EMPLOYER-UNDER-DECLARED");
        assertThat(finding.subject()).isEqualTo("6200000001");
        assertThat(finding.months()).isNull();
        assertThat(finding.detail()).contains("ghi nhận 30 người lao động", "BHXH ghi nhận 20 người", "chênh lệch 10");
    }

    @Test
    void both_the_five_employee_and_the_twenty_percent_conditions_are_needed() {
        // 6 of 40 missing: 15 % < 20 %
        province.employer("DV01", "6200000001", "active", "monthly").tax("6200000001", 2025, "active", 40, 0);
        insuredEmployees("DV01", 34, "2025-01", null);
        // 4 of 10 missing: 40 % but fewer than 5
        province.employer("DV02", "6200000002", "active", "monthly").tax("6200000002", 2025, "active", 10, 0);
        insuredEmployees("DV02", 6, "2025-01", null);
        // 5 of 25 missing: exactly 5 and exactly 20 %
        province.employer("DV03", "6200000003", "active", "monthly").tax("6200000003", 2025, "active", 25, 0);
        insuredEmployees("DV03", 20, "2025-01", null);

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-UNDER-DECLARED"))
                .extracting(Fixtures.Finding::subject).containsExactly("6200000003");
    }

    @Test
    void the_latest_tax_year_up_to_d_is_compared_with_employment_in_that_year() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .tax("6200000001", 2024, "active", 30, 0)
                .tax("6200000001", 2025, "active", 20, 0)
                .tax("6200000001", 2026, "active", 90, 0);
        insuredEmployees("DV01", 18, "2025-01", null);
        // employment ended in 2024 does not count for 2025
        insuredEmployees("DV01", 2, "2023-01", "2024-12");

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-UNDER-DECLARED")).isEmpty();
    }

    @Test
    void a_tax_code_whose_latest_year_is_not_active_or_without_any_unit_is_not_reported() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .tax("6200000001", 2025, "ceased", 30, 0)
                .tax("6200000002", 2025, "active", 30, 0);

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-UNDER-DECLARED")).isEmpty();
    }

    @Test
    void branch_units_count_for_the_enterprise_unless_the_branch_files_its_own_tax_return() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .employer("DV02", "6200000001-001", "active", "monthly")
                .employer("DV03", "6200000001-002", "active", "monthly")
                .tax("6200000001", 2025, "active", 30, 0)
                .tax("6200000001-002", 2025, "active", 20, 0);
        insuredEmployees("DV01", 15, "2025-01", null);
        insuredEmployees("DV02", 15, "2025-01", null);
        insuredEmployees("DV03", 10, "2025-01", null);

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-UNDER-DECLARED"))
                .extracting(Fixtures.Finding::subject).containsExactly("6200000001-002");
    }

    private void insuredEmployees(String unit, int count, String start, String end) {
        for (int i = 0; i < count; i++) {
            province.employment(String.format("%s%06d", unit.substring(2) + "99", i) + start.substring(2, 4),
                    unit, start, end);
        }
    }
}
