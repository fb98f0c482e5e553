package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PopulationNotFoundTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void a_person_whose_id_is_unknown_and_who_matches_nobody_is_reported() {
        province.person("062090000001", "Trần Thị Bình", "1990-05-12", "F")
                .insured("6201000001", "062090009999", "Nguyễn Văn An", "1990-05-12", "M");

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("POP-NOT-FOUND");
        assertThat(finding.subject()).isEqualTo("6201000001");
        assertThat(finding.detail())
                .contains("số định danh 062090009999 không có trong CSDLQG")
                .contains("không có ai trong CSDLQG trùng họ tên, ngày sinh và giới tính");
    }

    @Test
    void a_person_with_a_suggestion_is_not_reported_as_not_found() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", null, "Nguyễn Văn An", "1990-05-12", "M");

        province.reconcile("2025-12-31");

        assertThat(province.findings("POP-NOT-FOUND")).isEmpty();
    }
}
