package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PopulationIdSuggestedTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void a_person_without_id_and_exactly_one_matching_citizen_gets_that_id_suggested() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", null, "Nguyen Van An", "1990-05", "M");

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("POP-ID-SUGGESTED");
        assertThat(finding.subject()).isEqualTo("6201000001");
        assertThat(finding.detail()).contains("không có số định danh", "gợi ý số định danh 062090000001");
        assertThat(province.findings("POP-NOT-FOUND")).isEmpty();
    }

    @Test
    void a_declared_id_not_in_the_population_database_is_replaced_by_a_suggestion() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", "062090009999", "Nguyễn Văn An", "1990-05-12", "M");

        province.reconcile("2025-12-31");

        assertThat(province.onlyFinding("POP-ID-SUGGESTED").detail())
                .contains("số định danh 062090009999 không có trong CSDLQG", "gợi ý số định danh 062090000001");
    }

    @Test
    void several_matching_citizens_are_told_apart_by_an_equal_old_id_number() {
        province.personWithOldId("062090000001", "Nguyễn Văn An", "1990-05-12", "M", "230000001")
                .personWithOldId("062090000002", "Nguyễn Văn An", "1990-05-12", "M", "230000002")
                .insuredWithOldId("6201000001", null, "230000002", "Nguyễn Văn An", "1990", "M");

        province.reconcile("2025-12-31");

        Fixtures.Finding finding = province.onlyFinding("POP-ID-SUGGESTED");
        assertThat(finding.detail())
                .contains("gợi ý số định danh 062090000002")
                .contains("chọn trong 2 người trùng nhờ cùng số CMND cũ 230000002");
    }

    @Test
    void several_matching_citizens_without_an_old_id_to_tell_them_apart_give_no_suggestion() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .person("062090000002", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", null, "Nguyễn Văn An", "1990", "M");

        province.reconcile("2025-12-31");

        assertThat(province.findings("POP-ID-SUGGESTED")).isEmpty();
        assertThat(province.onlyFinding("POP-NOT-FOUND").detail()).contains("2 người trong CSDLQG trùng");
    }

    @Test
    void a_person_whose_declared_id_is_found_gets_no_suggestion_even_if_a_namesake_exists() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M")
                .person("062090000002", "Nguyễn Văn An", "1990-05-12", "M")
                .insured("6201000001", "062090000001", "Nguyễn Văn An", "1990-05-12", "M");

        province.reconcile("2025-12-31");

        assertThat(province.findings("POP-ID-SUGGESTED")).isEmpty();
        assertThat(province.findings("POP-NOT-FOUND")).isEmpty();
    }

    @Test
    void a_citizen_of_the_other_gender_or_another_birth_year_is_not_suggested() {
        province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "F")
                .person("062090000002", "Nguyễn Văn An", "1991-05-12", "M")
                .insured("6201000001", null, "Nguyễn Văn An", "1990-05-12", "M");

        province.reconcile("2025-12-31");

        assertThat(province.findings("POP-ID-SUGGESTED")).isEmpty();
    }
}
