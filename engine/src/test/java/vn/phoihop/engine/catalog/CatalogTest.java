package vn.phoihop.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void the_catalogue_holds_the_seventeen_datasets_of_the_exchange_specification() {
        assertThat(Catalog.all()).extracting(Dataset::code).containsExactly(
                "population", "insured_persons", "employers", "employment", "contribution_dues",
                "contribution_payments", "business_registry", "tax_employers", "ui_benefits",
                "pension_payments", "health_cards", "students", "birth_registrations", "union_units",
                "facility_spending", "ethnic_support", "payment_reminders");
    }

    @Test
    void a_dataset_is_found_by_its_code_and_an_unknown_code_finds_nothing() {
        Dataset employment = Catalog.byCode("employment").orElseThrow();
        assertThat(employment.keyColumns()).containsExactly("social_insurance_code", "unit_code", "start_month");
        assertThat(employment.providerRoles()).containsExactly("social_security.province");
        assertThat(Catalog.byCode("Employment")).isEmpty();
    }

    @Test
    void columns_are_found_by_header_name_whatever_the_case_and_surrounding_spaces() {
        Dataset population = Catalog.byCode("population").orElseThrow();
        assertThat(population.column("  Personal_ID ")).map(Column::kind).contains(ColumnKind.PERSONAL_ID);
        assertThat(population.column("remark")).isEmpty();
        assertThat(population.requiredColumns()).extracting(Column::name)
                .containsExactly("personal_id", "full_name", "birth_date", "gender");
    }

    @Test
    void the_stored_columns_follow_the_typed_schema_of_the_engine_contract() {
        assertThat(Catalog.byCode("students").orElseThrow().storedColumns()).containsExactly(
                new StoredColumn("school_code", "VARCHAR"), new StoredColumn("school_name", "VARCHAR"),
                new StoredColumn("personal_id", "VARCHAR"), new StoredColumn("full_name", "VARCHAR"),
                new StoredColumn("full_name_norm", "VARCHAR"), new StoredColumn("birth_year", "INTEGER"),
                new StoredColumn("birth_month", "INTEGER"), new StoredColumn("birth_day", "INTEGER"),
                new StoredColumn("school_year", "VARCHAR"), new StoredColumn("source_line", "BIGINT"));
        assertThat(Catalog.byCode("tax_employers").orElseThrow().storedColumns()).containsExactly(
                new StoredColumn("tax_code", "VARCHAR"), new StoredColumn("fiscal_year", "INTEGER"),
                new StoredColumn("status", "VARCHAR"), new StoredColumn("pit_employee_count", "INTEGER"),
                new StoredColumn("si_expense_deducted", "BIGINT"), new StoredColumn("source_line", "BIGINT"));
    }

    @Test
    void every_dataset_names_a_provider_and_describes_every_column_in_vietnamese() {
        for (Dataset dataset : Catalog.all()) {
            assertThat(dataset.providerRoles()).allMatch(role -> role.matches("[a-z_]+\\.(province|commune)"));
            assertThat(dataset.columns()).allMatch(c -> !c.descriptionVi().isBlank());
            assertThat(dataset.titleVi()).isNotBlank();
            assertThat(dataset.titleEn()).isNotBlank();
        }
    }

    @Test
    void a_key_column_must_be_a_required_column() {
        assertThatThrownBy(() -> new Dataset("x", "x", "x", List.of("police.province"),
                List.of(Column.optional("a", ColumnKind.CODE, "a")), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be required");
    }
}
