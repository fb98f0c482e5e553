package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeceasedPaymentTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void a_death_on_the_first_of_a_month_makes_only_the_following_months_pensions_wrong() {
        province.deceasedPerson("062040000001", "Lê Văn Cường", "1940-02-03", "M", "2025-03-01")
                .pension("6201000001", "062040000001", "2025-02", 4_000_000)
                .pension("6201000001", "062040000001", "2025-03", 4_000_000)
                .pension("6201000001", "062040000001", "2025-04", 4_000_000)
                .pension("6201000001", "062040000001", "2025-05", 4_100_000);

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("DECEASED-PAYMENT");
        assertThat(finding.subject()).isEqualTo("6201000001");
        assertThat(finding.months()).isEqualTo(2);
        assertThat(finding.amountVnd()).isEqualTo(8_100_000L);
        assertThat(finding.detail())
                .contains("04/2025 – 05/2025", "tổng 8.100.000 đồng", "sau ngày mất 01/03/2025", "'Lê Văn Cường'");
        assertThat(finding.evidence()).contains("\"period\":\"2025-04\"").doesNotContain("\"period\":\"2025-03\"");
    }

    @Test
    void a_payment_without_personal_id_reaches_the_dead_payee_through_the_resolved_identity() {
        province.deceasedPerson("062040000001", "Lê Văn Cường", "1940-02-03", "M", "2025-03-10")
                .insured("6201000001", null, "Le Van Cuong", "1940", "M")
                .pension("6201000001", null, "2025-04", 4_000_000);

        province.reconcile("2025-12-31");

        assertThat(province.onlyFinding("DECEASED-PAYMENT").amountVnd()).isEqualTo(4_000_000L);
    }

    @Test
    void pensions_up_to_the_month_of_death_are_not_reported() {
        province.deceasedPerson("062040000001", "Lê Văn Cường", "1940-02-03", "M", "2025-03-15")
                .person("062040000002", "Phạm Thị Dung", "1945", "F")
                .pension("6201000001", "062040000001", "2025-02", 4_000_000)
                .pension("6201000001", "062040000001", "2025-03", 4_000_000)
                .pension("6201000002", "062040000002", "2025-04", 3_000_000);

        province.reconcile("2025-12-31");

        assertThat(province.findings("DECEASED-PAYMENT")).isEmpty();
    }
}
