package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PopulationMismatchTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void a_different_name_in_the_population_database_is_reported_with_both_values() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", "062090000001", "Nguyễn Văn Anh", "1990-05-12", "M");

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("POP-MISMATCH");
        assertThat(finding.subject()).isEqualTo("6201000001");
        assertThat(finding.detail())
                .contains("Họ tên khác: BHXH 'Nguyễn Văn Anh' ≠ CSDLQG 'Nguyễn Văn An'")
                .doesNotContain("Ngày sinh khác")
                .doesNotContain("Giới tính khác");
        assertThat(finding.legalBasis()).isEqualTo("QCPH 01/2022 Điều 6.2.d, 7.2.e; Kon Tum 2024 Điều 17.5");
        assertThat(finding.evidence())
                .contains("\"dataset\":\"insured_persons\"", "\"dataset\":\"population\"", "\"source_line\":2");
    }

    @Test
    void an_incompatible_birth_date_and_a_different_gender_are_both_named() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", "062090000001", "Nguyễn Văn An", "1990-05-13", "F");

        province.reconcile("2025-12-31");

        assertThat(province.onlyFinding("POP-MISMATCH").detail())
                .contains("Ngày sinh khác: BHXH '13/05/1990' ≠ CSDLQG '12/05/1990'")
                .contains("Giới tính khác: BHXH 'Nữ' ≠ CSDLQG 'Nam'")
                .doesNotContain("Họ tên khác");
    }

    @Test
    void the_same_name_written_differently_and_a_partial_compatible_birth_date_are_no_mismatch() {
        province.person("062090000001", "Nguyễn Thị Hoà", "1990-05-12", "F")
                .insured("6201000001", "062090000001", "NGUYEN  THI HOA", "1990", "F")
                .person("062090000002", "Đặng Văn Đức", "1985-07", "M")
                .insured("6201000002", "062090000002", "Dang Van Duc", "1985-07-30", "M");

        province.reconcile("2025-12-31");

        assertThat(province.findings("POP-MISMATCH")).isEmpty();
    }
}
