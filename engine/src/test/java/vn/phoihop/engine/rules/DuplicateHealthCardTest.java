package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DuplicateHealthCardTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void two_valid_cards_name_the_one_redundant_by_the_contribution_order() {
        province.card("GD4626201000001", "6201000001", "062090000001", "GD", "self", "2025-01-01", "2025-12-31")
                .card("DN4626201000001", "6201000001", "062090000001", "DN", "employer", "2025-06-01", null);

        province.reconcile("2025-10-01");

        Fixtures.Finding finding = province.onlyFinding("DUP-HEALTH-CARD");
        assertThat(finding.subject()).isEqualTo("062090000001");
        assertThat(finding.months()).isEqualTo(2);
        assertThat(finding.detail())
                .contains("giữ thẻ DN4626201000001")
                .contains("thẻ thừa theo thứ tự đóng: GD4626201000001");
    }

    @Test
    void cards_linked_through_the_resolved_identity_of_their_insurance_code_are_one_person() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", "062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .card("GD4626201000001", "6201000001", null, "GD", "self", "2025-01-01", null)
                .card("HS4626209999999", "6209999999", "062090000001", "HS", "state_budget", "2025-01-01", null);

        province.reconcile("2025-10-01");

        assertThat(province.onlyFinding("DUP-HEALTH-CARD").detail())
                .contains("giữ thẻ HS4626209999999", "thẻ thừa theo thứ tự đóng: GD4626201000001");
    }

    @Test
    void cards_linked_only_through_a_suggested_identity_are_one_person() {
        // 6201000002 declares no personal_id; its only namesake in population is 062090000001
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000002", null, "NGUYEN VAN AN", "1990-05", "M")
                .card("GD4626201000002", "6201000002", null, "GD", "self", "2025-01-01", null)
                .card("DN4626201000001", "6201000001", "062090000001", "DN", "employer", "2025-01-01", null);

        province.reconcile("2025-10-01");

        Fixtures.Finding finding = province.onlyFinding("DUP-HEALTH-CARD");
        assertThat(finding.subject()).isEqualTo("062090000001");
        assertThat(finding.detail()).contains("thẻ thừa theo thứ tự đóng: GD4626201000002");
    }

    @Test
    void cards_of_a_person_without_a_suggestion_stay_apart_from_a_namesake() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .person("062090000002", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000002", null, "Nguyễn Văn An", "1990", "M")
                .card("GD4626201000002", "6201000002", null, "GD", "self", "2025-01-01", null)
                .card("DN4626201000001", "6201000001", "062090000001", "DN", "employer", "2025-01-01", null);

        province.reconcile("2025-10-01");

        assertThat(province.findings("DUP-HEALTH-CARD")).isEmpty();
    }

    @Test
    void a_card_expired_before_d_or_not_yet_valid_is_no_duplicate() {
        province.card("GD4626201000001", "6201000001", "062090000001", "GD", "self", "2024-01-01", "2025-09-30")
                .card("DN4626201000001", "6201000001", "062090000001", "DN", "employer", "2025-01-01", null)
                .card("HT4626201000001", "6201000001", "062090000001", "HT", "social_insurance", "2025-10-02", null);

        province.reconcile("2025-10-01");

        assertThat(province.findings("DUP-HEALTH-CARD")).isEmpty();
    }
}
