package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EthnicCardNotEligibleTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void an_ethnic_card_of_a_person_not_on_the_support_list_is_reported() {
        province.card("DT4626201000001", "6201000001", "062090000001", "DT", "state_budget", "2025-01-01", null);

        province.reconcile("2025-10-01");

        Fixtures.Finding finding = province.onlyFinding("ETHNIC-CARD-NOT-ELIGIBLE");
        assertThat(finding.subject()).isEqualTo("DT4626201000001");
        assertThat(finding.detail()).contains("không có trong danh sách");
    }

    @Test
    void an_ethnic_card_of_a_person_whose_entitlement_ended_before_d_is_reported() {
        province.card("DT4626201000001", "6201000001", "062090000001", "DT", "state_budget", "2025-01-01", null)
                .ethnic("062090000001", "2020-01-01", "2025-06-30");

        province.reconcile("2025-10-01");

        assertThat(province.onlyFinding("ETHNIC-CARD-NOT-ELIGIBLE").detail())
                .contains("chỉ được hỗ trợ từ 01/01/2020 đến 30/06/2025");
    }

    @Test
    void an_ethnic_card_of_an_entitled_person_or_a_card_of_another_group_is_not_reported() {
        province.card("DT4626201000001", "6201000001", "062090000001", "DT", "state_budget", "2025-01-01", null)
                .ethnic("062090000001", "2020-01-01", null)
                .card("GD4626201000002", "6201000002", "062090000002", "GD", "self", "2025-01-01", null);

        province.reconcile("2025-10-01");

        assertThat(province.findings("ETHNIC-CARD-NOT-ELIGIBLE")).isEmpty();
    }
}
