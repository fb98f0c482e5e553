package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmployerDefunctTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void a_unit_of_a_dissolved_enterprise_still_employing_people_is_reported_with_no_amount() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .business("6200000001", "dissolved")
                .employment("6201000001", "DV01", "2024-01", null);

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("EMPLOYER-DEFUNCT");
        assertThat(finding.subject()).isEqualTo("DV01");
        assertThat(finding.amountVnd()).isZero();
        assertThat(finding.detail()).contains("đã giải thể", "1 người đang tham gia BHXH tháng 12/2025");
    }

    @Test
    void a_unit_not_at_its_address_for_tax_with_overdue_dues_is_reported_with_the_overdue_amount() {
        province.employer("DV01", "6200000001-001", "suspended", "monthly")
                .tax("6200000001", 2025, "not_at_address", 5, 0)
                .due("DV01", "2025-06", 3, 7_000_000);

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("EMPLOYER-DEFUNCT");
        assertThat(finding.amountVnd()).isEqualTo(7_000_000L);
        assertThat(finding.detail()).contains("không hoạt động tại địa chỉ đăng ký", "nợ quá hạn 7.000.000 đồng");
    }

    @Test
    void a_closed_unit_or_one_without_dues_or_employees_or_a_live_enterprise_is_not_reported() {
        province.employer("DV01", "6200000001", "closed", "monthly")
                .business("6200000001", "bankrupt")
                .employment("6201000001", "DV01", "2024-01", null)
                .employer("DV02", "6200000002", "active", "monthly")
                .business("6200000002", "dissolved")
                .employment("6201000002", "DV02", "2024-01", "2025-11")
                .employer("DV03", "6200000003", "active", "monthly")
                .business("6200000003", "active")
                .tax("6200000003", 2024, "ceased", 0, 0)
                .tax("6200000003", 2025, "active", 4, 0)
                .employment("6201000003", "DV03", "2024-01", null);

        province.reconcile("2025-12-31");

        assertThat(province.findings("EMPLOYER-DEFUNCT")).isEmpty();
    }
}
