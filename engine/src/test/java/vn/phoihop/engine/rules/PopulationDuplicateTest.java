package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PopulationDuplicateTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void two_insurance_codes_declaring_one_personal_id_are_reported_under_that_id() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", "062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000002", "062090000001", "Nguyễn Văn An", "1990-05-12", "M");

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("POP-DUPLICATE");
        assertThat(finding.subject()).isEqualTo("062090000001");
        assertThat(finding.months()).isEqualTo(2);
        assertThat(finding.detail()).contains("6201000001", "6201000002");
    }

    @Test
    void codes_linked_only_through_a_suggested_identity_are_duplicates() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", "062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000002", null, "Nguyen Van An", "1990", "M");

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("POP-DUPLICATE");
        assertThat(finding.subject()).isEqualTo("062090000001");
        assertThat(finding.detail()).contains("6201000002 'Nguyen Van An' (số định danh gợi ý)");
        assertThat(finding.evidence()).contains("\"resolved_by\":\"suggested\"");
    }

    @Test
    void persons_resolving_to_different_ids_are_not_duplicates() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .person("062090000002", "Nguyễn Văn An", "1990-05-13", "M")
                .insured("6201000001", "062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000002", "062090000002", "Nguyễn Văn An", "1990-05-13", "M")
                .insured("6201000003", null, "Lê Văn Cường", "1970", "M");

        province.reconcile("2025-12-31");

        assertThat(province.findings("POP-DUPLICATE")).isEmpty();
    }
}
