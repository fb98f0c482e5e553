package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RuleRunnerTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void there_are_the_seventeen_rules_of_rules_md_each_with_a_legal_basis_and_its_sql() {
        List<Rule> rules = Rules.all();

        assertThat(rules).extracting(Rule::code).containsExactly("POP-MISMATCH", "POP-ID-SUGGESTED",
                "POP-NOT-FOUND", "POP-DUPLICATE", "DECEASED-PAYMENT", "UI-WHILE-EMPLOYED", "DUP-HEALTH-CARD",
                "ETHNIC-CARD-NOT-ELIGIBLE", "ARREARS-EVASION", "ARREARS-LATE", "EMPLOYER-NOT-REGISTERED",
                "EMPLOYER-UNDER-DECLARED", "EMPLOYER-DEFUNCT", "TAX-SI-EXPENSE-GAP", "STUDENT-NO-CARD",
                "CHILD-NO-CARD", "FACILITY-OVER-ESTIMATE");
        for (Rule rule : rules) {
            assertThat(rule.legalBasis()).as(rule.code()).isNotBlank();
            assertThat(Datasets.all()).as(rule.code()).containsAll(rule.requiredDatasets())
                    .containsAll(rule.optionalDatasets());
            assertThat(rule.getClass().getResource(rule.getClass().getSimpleName() + ".sql")).as(rule.code())
                    .isNotNull();
        }
    }

    @Test
    void every_rule_runs_on_an_empty_province_without_findings() {
        RunReport report = province.reconcile("2025-12-31");

        assertThat(report.skipped()).isEmpty();
        assertThat(report.applied()).hasSize(17).allSatisfy(applied -> {
            assertThat(applied.findings()).isZero();
            assertThat(applied.time().isNegative()).isFalse();
            assertThat(applied.missingOptionalDatasets()).isEmpty();
        });
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void a_rule_whose_dataset_is_missing_is_skipped_with_the_missing_datasets_named() {
        province.without("payment_reminders", "facility_spending", "population")
                .employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-01", 3, 1_000_000)
                .card("GD4626201000001", "6201000001", null, "GD", "self", "2025-01-01", null)
                .card("HS4626201000002", "6201000001", null, "HS", "state_budget", "2025-01-01", null);

        RunReport report = province.reconcile("2025-12-31");

        Map<String, String> skipped = report.skipped().stream()
                .collect(Collectors.toMap(RunReport.SkippedRule::rule, RunReport.SkippedRule::reason));
        assertThat(skipped).containsOnlyKeys("POP-MISMATCH", "POP-ID-SUGGESTED", "POP-NOT-FOUND", "POP-DUPLICATE",
                "DECEASED-PAYMENT", "ARREARS-EVASION", "ARREARS-LATE", "FACILITY-OVER-ESTIMATE");
        assertThat(skipped.get("ARREARS-LATE")).isEqualTo("missing dataset(s): payment_reminders");
        assertThat(skipped.get("FACILITY-OVER-ESTIMATE")).isEqualTo("missing dataset(s): facility_spending");
        assertThat(province.findings("ARREARS-LATE")).isEmpty();

        // a rule whose optional dataset is missing still runs: the two cards share the key BHXH:code
        RunReport.AppliedRule cards = report.applied().stream()
                .filter(applied -> applied.rule().equals("DUP-HEALTH-CARD")).findFirst().orElseThrow();
        assertThat(cards.findings()).isEqualTo(1);
        assertThat(cards.missingOptionalDatasets()).containsExactly("population");
        assertThat(province.onlyFinding("DUP-HEALTH-CARD").subject()).isEqualTo("BHXH:6201000001");
    }

    @Test
    void every_rule_runs_with_only_its_required_datasets_present() throws Exception {
        for (Rule rule : Rules.all()) {
            try (Fixtures only = Fixtures.province()) {
                only.without(Datasets.all().stream().filter(dataset -> !rule.requiredDatasets().contains(dataset))
                        .toArray(String[]::new));

                RunReport report = new RuleRunner(List.of(rule)).run(only.connection, LocalDate.of(2025, 12, 31),
                        RuleParameters.defaults());

                assertThat(report.skipped()).as(rule.code()).isEmpty();
                assertThat(report.applied()).as(rule.code()).singleElement()
                        .satisfies(applied -> assertThat(applied.missingOptionalDatasets())
                                .containsExactlyInAnyOrderElementsOf(rule.optionalDatasets()));
            }
        }
    }

    @Test
    void datasets_given_as_views_count_as_present() {
        province.without("facility_spending")
                .execute("CREATE TABLE facility_rows AS SELECT '62001' AS facility_code, 'BV' AS facility_name,"
                        + " 2024 AS year, CAST(10 AS BIGINT) AS estimate, CAST(20 AS BIGINT) AS actual_claims,"
                        + " CAST(2 AS BIGINT) AS source_line");
        province.execute("CREATE VIEW facility_spending AS SELECT * FROM facility_rows");

        RunReport report = province.reconcile("2025-12-31");

        assertThat(report.skipped()).isEmpty();
        assertThat(province.findings("FACILITY-OVER-ESTIMATE")).hasSize(1);
    }

    @Test
    void the_report_counts_findings_per_rule() {
        province.facility("62001", 2024, 10, 20).facility("62002", 2024, 10, 30);

        RunReport report = province.reconcile("2025-12-31");

        assertThat(report.applied()).filteredOn(applied -> applied.rule().equals("FACILITY-OVER-ESTIMATE"))
                .extracting(RunReport.AppliedRule::findings).containsExactly(2L);
        assertThat(report.totalFindings()).isEqualTo(2);
    }

    @Test
    void running_again_replaces_the_previous_findings() {
        province.facility("62001", 2024, 10, 20);

        province.reconcile("2025-12-31");
        province.reconcile("2025-12-31");

        assertThat(province.findings("FACILITY-OVER-ESTIMATE")).hasSize(1);
    }

    @Test
    void parameters_of_the_wrong_type_are_refused() {
        assertThatThrownBy(() -> RuleParameters.defaults().with(Parameter.CHILD_AGE_YEARS, 6L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHILD_AGE_YEARS");
    }

    @Test
    void every_parameter_carries_its_citation() {
        for (Parameter parameter : Parameter.values()) {
            assertThat(parameter.citation()).as(parameter.name()).isNotBlank();
        }
        assertThat(RuleParameters.defaults().get(Parameter.EVASION_DAYS_AFTER_DEADLINE)).isEqualTo(60);
        assertThat(RuleParameters.defaults().get(Parameter.INTEREST_ACCRUES_AFTER))
                .isEqualTo(LocalDate.of(2025, 6, 30));
    }
}
