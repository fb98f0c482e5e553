package vn.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.phoihop.reporting.internal.ReportingRules;

class ListsTest {

    @Test
    void an_enterprise_or_its_branch_may_be_published() {
        assertThat(ReportingRules.isOrganisation("4300123456", "Công ty TNHH Sông Trà")).isTrue();
        assertThat(ReportingRules.isOrganisation("4300123456-001", "Chi nhánh Công ty TNHH Sông Trà")).isTrue();
    }

    @Test
    void an_individual_or_a_household_business_is_never_published() {
        assertThat(ReportingRules.isOrganisation("051090001234", "Nguyễn Văn An")).isFalse();
        assertThat(ReportingRules.isOrganisation("4300123456", "Hộ kinh doanh Nguyễn Văn An")).isFalse();
        assertThat(ReportingRules.isOrganisation(null, "Công ty")).isFalse();
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(ReportingRules.spreadsheetSafe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ReportingRules.spreadsheetSafe("+1")).isEqualTo("'+1");
        assertThat(ReportingRules.spreadsheetSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportingRules.spreadsheetSafe("Công ty Cổ phần")).isEqualTo("Công ty Cổ phần");
    }

    @Test
    void a_business_change_is_read_from_its_status_and_dates_in_the_window() {
        java.time.LocalDate from = java.time.LocalDate.of(2026, 4, 1);
        java.time.LocalDate to = java.time.LocalDate.of(2026, 6, 30);
        assertThat(ReportingRules.businessChange("2018-01-01", "suspended", "2026-05-02", from, to))
                .isEqualTo("Tạm ngừng kinh doanh");
        assertThat(ReportingRules.businessChange("2018-01-01", "active", "2026-05-02", from, to))
                .isEqualTo("Hoạt động trở lại");
        assertThat(ReportingRules.businessChange("2026-04-10", "active", "2026-04-10", from, to))
                .isEqualTo("Thành lập mới");
        assertThat(ReportingRules.businessChange("2018-01-01", "dissolved", "2026-06-30", from, to)).isEqualTo("Giải thể");
        assertThat(ReportingRules.businessChange("2018-01-01", "suspended", "2026-03-31", from, to)).isNull();
    }
}
