package vn.phoihop.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Column;

class CellValidatorTest {

    private static Column column(String dataset, String name) {
        return Catalog.byCode(dataset).orElseThrow().column(name).orElseThrow();
    }

    /** The stored values, or the problem when the value is refused. */
    private static Object check(String dataset, String column, String value) {
        String[] out = new String[3];
        Invalid invalid = CellValidator.validate(column(dataset, column), value, out, 0);
        return invalid != null ? invalid.problem() : Arrays.asList(out);
    }

    private static List<String> stored(String... values) {
        return Arrays.asList(values);
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource({
            "population, personal_id, 01234567890, LOST_LEADING_ZERO",
            "insured_persons, social_insurance_code, 123456789, LOST_LEADING_ZERO",
            "employers, tax_code, 101234567, LOST_LEADING_ZERO",
            "employers, tax_code, 101234567-001, LOST_LEADING_ZERO",
            "population, personal_id, 1234567890, NOT_DIGITS",
            "population, personal_id, 0012345678901, NOT_DIGITS",
            "population, personal_id, 00123456789O, NOT_DIGITS",
            "population, personal_id, 1.23457E+11, NOT_DIGITS",
            "population, old_id_number, 12345678, NOT_DIGITS",
            "population, province_code, 1, NOT_DIGITS",
            "population, commune_code, 0001, NOT_DIGITS",
            "employers, tax_code, 0101234567-01, BAD_TAX_CODE",
            "employers, tax_code, 0101234567_001, BAD_TAX_CODE",
            "employers, unit_code, DN 001, BAD_UNIT_CODE",
            "employers, unit_code, ABCDEFGHIJKLMNOPQRSTU, BAD_UNIT_CODE",
            "health_cards, group_code, D1, BAD_GROUP_CODE",
            "health_cards, group_code, DNX, BAD_GROUP_CODE",
            "population, death_date, 2023-02-29, BAD_DATE",
            "population, death_date, 31/04/2024, BAD_DATE",
            "population, death_date, 2024/01/05, BAD_DATE",
            "population, death_date, 1/5/2024, BAD_DATE",
            "population, death_date, 2024-1-05, BAD_DATE",
            "population, death_date, 2024-01, BAD_DATE",
            "population, birth_date, 2024-13, BAD_BIRTH_DATE",
            "population, birth_date, 13/1990, BAD_BIRTH_DATE",
            "population, birth_date, 85, BAD_BIRTH_DATE",
            "population, birth_date, 30/02/1990, BAD_BIRTH_DATE",
            "employment, start_month, 2024-13, BAD_MONTH",
            "employment, start_month, 2024-01-01, BAD_MONTH",
            "employment, start_month, 1/2024, BAD_MONTH",
            "employment, insured_salary, 1.23.456, BAD_MONEY",
            "employment, insured_salary, '1.234,567', BAD_MONEY",
            "employment, insured_salary, 1234.567, BAD_MONEY",
            "employment, insured_salary, '1,5', BAD_MONEY",
            "employment, insured_salary, -100, BAD_MONEY",
            "employment, insured_salary, 100 000, BAD_MONEY",
            "employment, insured_salary, 5000000.0, BAD_MONEY",
            "employment, insured_salary, 99999999999999999999, BAD_MONEY",
            "contribution_dues, headcount, 3000000000, BAD_COUNT",
            "contribution_dues, headcount, 12.5, BAD_COUNT",
            "tax_employers, fiscal_year, 24, BAD_YEAR",
            "population, gender, Male, BAD_GENDER",
            "population, gender, N, BAD_GENDER",
            "employers, status, open, BAD_ENUMERATION",
            "students, school_year, 2024-2026, BAD_SCHOOL_YEAR",
            "students, school_year, 2024/2025, BAD_SCHOOL_YEAR",
    })
    void a_bad_value_is_refused_with_the_problem_of_its_kind(String dataset, String column, String value, Problem expected) {
        assertThat(check(dataset, column, value)).isEqualTo(expected);
    }

    @Test
    void identifiers_keep_their_leading_zeros() {
        assertThat(check("population", "personal_id", "001085012345")).isEqualTo(stored("001085012345", null, null));
        assertThat(check("employers", "tax_code", "0101234567-001")).isEqualTo(stored("0101234567-001", null, null));
        assertThat(check("population", "province_code", "01")).isEqualTo(stored("01", null, null));
    }

    @Test
    void dates_in_either_form_are_stored_as_iso_dates() {
        assertThat(check("population", "death_date", "29/02/2024")).isEqualTo(stored("2024-02-29", null, null));
        assertThat(check("population", "death_date", "2000-02-29")).isEqualTo(stored("2000-02-29", null, null));
    }

    @Test
    void a_partial_birth_date_keeps_only_what_is_known() {
        assertThat(check("population", "birth_date", "1985")).isEqualTo(stored("1985", null, null));
        assertThat(check("population", "birth_date", "1985-07")).isEqualTo(stored("1985", "7", null));
        assertThat(check("population", "birth_date", "07/1985")).isEqualTo(stored("1985", "7", null));
        assertThat(check("population", "birth_date", "05/07/1985")).isEqualTo(stored("1985", "7", "5"));
    }

    @Test
    void a_month_is_stored_as_its_first_day() {
        assertThat(check("employment", "start_month", "03/2024")).isEqualTo(stored("2024-03-01", null, null));
        assertThat(check("employment", "start_month", "2024-03")).isEqualTo(stored("2024-03-01", null, null));
    }

    @Test
    void money_may_be_grouped_by_dots_or_commas_every_three_digits() {
        assertThat(check("employment", "insured_salary", "1.234.567")).isEqualTo(stored("1234567", null, null));
        assertThat(check("employment", "insured_salary", "1,234,567")).isEqualTo(stored("1234567", null, null));
        assertThat(check("employment", "insured_salary", "999")).isEqualTo(stored("999", null, null));
        assertThat(check("employment", "insured_salary", "0")).isEqualTo(stored("0", null, null));
    }

    @Test
    void gender_is_nam_or_nu_in_any_case_and_form() {
        assertThat(check("population", "gender", "NAM")).isEqualTo(stored("M", null, null));
        assertThat(check("population", "gender", "nữ")).isEqualTo(stored("F", null, null));
        assertThat(check("population", "gender", "NỮ")).isEqualTo(stored("F", null, null));
        assertThat(check("population", "gender", "Nu")).isEqualTo(stored("F", null, null));
        assertThat(check("population", "gender", java.text.Normalizer.normalize("Nữ", java.text.Normalizer.Form.NFD)))
                .isEqualTo(stored("F", null, null));
    }

    @Test
    void enumerations_and_group_codes_are_stored_in_their_canonical_case() {
        assertThat(check("employers", "payment_mode", "Half_Yearly")).isEqualTo(stored("half_yearly", null, null));
        assertThat(check("health_cards", "group_code", "dn")).isEqualTo(stored("DN", null, null));
    }

    @Test
    void a_full_name_is_stored_as_given_and_normalised_beside_it() {
        assertThat(check("population", "full_name", "Trần  Thị Thuỷ")).isEqualTo(stored("Trần  Thị Thuỷ", "tran thi thuy", null));
    }

    @Test
    void text_may_hold_line_breaks_and_tabs_but_no_other_control_characters() {
        assertThat(check("business_registry", "address", "Số 1\r\nphường\t2")).isEqualTo(stored("Số 1\r\nphường\t2", null, null));
        assertThat(check("business_registry", "address", "Số 1\u0000")).isEqualTo(Problem.BAD_TEXT);
        assertThat(check("population", "full_name", "Lê\u0007Văn")).isEqualTo(Problem.BAD_TEXT);
    }

    @Test
    void a_school_year_runs_over_two_consecutive_years() {
        assertThat(check("students", "school_year", "2024-2025")).isEqualTo(stored("2024-2025", null, null));
    }
}
