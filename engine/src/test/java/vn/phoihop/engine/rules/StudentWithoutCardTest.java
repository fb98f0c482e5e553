package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StudentWithoutCardTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void a_student_of_the_current_school_year_without_a_valid_card_is_reported() {
        province.student("THPT01", "062010000001", "Nguyễn Thị Em", "2025-2026")
                .card("HS4626201000001", "6201000001", "062010000001", "HS", "budget_support",
                        "2024-09-01", "2025-08-31");

        province.reconcile("2025-09-01");

        Fixtures.Finding finding = province.onlyFinding("STUDENT-NO-CARD");
        assertThat(finding.subject()).isEqualTo("062010000001");
        assertThat(finding.detail()).contains("'Nguyễn Thị Em'", "2025-2026 tại Trường THPT01", "01/09/2025");
    }

    @Test
    void a_student_with_a_valid_card_or_of_a_school_year_not_containing_d_is_not_reported() {
        province.student("THPT01", "062010000001", "Nguyễn Thị Em", "2025-2026")
                .card("HS4626201000001", "6201000001", "062010000001", "HS", "budget_support", "2025-09-01", null)
                .student("THPT01", "062010000002", "Trần Văn Phúc", "2024-2025");

        province.reconcile("2025-09-01");
        assertThat(province.findings("STUDENT-NO-CARD")).isEmpty();
    }

    @Test
    void the_school_year_ends_on_31_august() {
        province.student("THPT01", "062010000002", "Trần Văn Phúc", "2024-2025");

        province.reconcile("2025-08-31");

        assertThat(province.onlyFinding("STUDENT-NO-CARD").subject()).isEqualTo("062010000002");
    }
}
