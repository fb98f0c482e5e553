package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChildWithoutCardTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void a_child_under_six_registered_long_ago_without_a_card_is_reported() {
        province.birth("062221000001", "Lê Minh Khang", "2021-03-10", "2021-03-20");

        province.reconcile("2025-12-01");

        Fixtures.Finding finding = province.onlyFinding("CHILD-NO-CARD");
        assertThat(finding.subject()).isEqualTo("062221000001");
        assertThat(finding.detail()).contains("sinh ngày 10/03/2021", "đăng ký khai sinh ngày 20/03/2021");
        assertThat(finding.legalBasis()).isEqualTo("Kon Tum 2024 Điều 20.5");
    }

    @Test
    void a_child_with_a_valid_card_is_not_reported() {
        province.birth("062221000001", "Lê Minh Khang", "2021-03-10", "2021-03-20")
                .card("TE4626221000001", "6221000001", "062221000001", "TE", "state_budget", "2021-03-20",
                        "2027-03-09");

        province.reconcile("2025-12-01");

        assertThat(province.findings("CHILD-NO-CARD")).isEmpty();
    }

    @Test
    void a_child_who_turns_six_on_d_is_not_younger_than_six() {
        province.birth("062219000001", "Lê Minh Khang", "2019-12-01", "2019-12-05")
                .birth("062219000002", "Lê Minh Châu", "2019-12-02", "2019-12-05");

        province.reconcile("2025-12-01");

        assertThat(province.findings("CHILD-NO-CARD"))
                .extracting(Fixtures.Finding::subject).containsExactly("062219000002");
    }

    @Test
    void a_registration_less_than_30_days_old_gives_no_finding_yet() {
        province.birth("062225000001", "Lê Minh Khang", "2025-10-20", "2025-11-02")
                .birth("062225000002", "Lê Minh Châu", "2025-10-20", "2025-11-01");

        // 29 and 30 days before D
        province.reconcile("2025-12-01");

        assertThat(province.findings("CHILD-NO-CARD"))
                .extracting(Fixtures.Finding::subject).containsExactly("062225000002");
    }

    @Test
    void a_partial_birth_date_counts_from_its_earliest_possible_day() {
        // born some day in December 2019: earliest 01/12/2019, certainly under six on 30/11/2025
        province.birth("062219000001", "Lê Minh Khang", "2019-12", "2020-01-10")
                // born some day in 2019: may be six already on 01/06/2025, not reported
                .birth("062219000002", "Lê Minh Châu", "2019", "2020-01-10");

        province.reconcile("2025-06-01");
        assertThat(province.findings("CHILD-NO-CARD"))
                .extracting(Fixtures.Finding::subject).containsExactly("062219000001");

        province.reconcile("2025-12-01");
        assertThat(province.findings("CHILD-NO-CARD")).isEmpty();
    }
}
