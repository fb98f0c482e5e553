package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ARREARS-LATE and ARREARS-EVASION share the deadline, allocation, overdue and interest rules. */
class ArrearsTest {

    private final Fixtures province = Fixtures.province();

    @AfterEach
    void close() throws Exception {
        province.close();
    }

    @Test
    void an_unpaid_monthly_period_past_its_deadline_is_late_payment_with_interest() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-09", 3, 10_000_000);

        province.reconcile("2025-11-15");

        Fixtures.Finding finding = province.onlyFinding("ARREARS-LATE");
        assertThat(finding.subject()).isEqualTo("DV01");
        assertThat(finding.amountVnd()).isEqualTo(10_000_000L);
        assertThat(finding.months()).isEqualTo(1);
        // deadline 31/10/2025, 15 days: 10,000,000 × 15 × 0.0003
        assertThat(finding.interestVnd()).isEqualTo(45_000L);
        assertThat(finding.legalBasis()).isEqualTo("Luật BHXH 2024 Điều 34.4, 38, 40");
        assertThat(province.findings("ARREARS-EVASION")).isEmpty();
    }

    @Test
    void a_fully_paid_unit_or_a_period_on_its_deadline_day_is_not_in_arrears() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-08", 3, 10_000_000)
                .payment("PT-1", "DV01", "2025-09-20", 10_000_000)
                .due("DV01", "2025-09", 3, 10_000_000);

        province.reconcile("2025-10-31");

        assertThat(province.findings("ARREARS-LATE")).isEmpty();
        assertThat(province.findings("ARREARS-EVASION")).isEmpty();
    }

    @Test
    void payments_pay_the_oldest_period_first_may_pay_a_period_not_yet_due_and_credit_is_ignored() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-08", 3, 1_000_000)
                .due("DV01", "2025-09", 3, 1_000_000)
                .due("DV01", "2025-10", 3, 1_000_000)
                .due("DV01", "2025-11", 3, 1_000_000)
                .due("DV01", "2026-01", 3, 1_000_000)
                .payment("PT-2", "DV01", "2025-09-05", 1_500_000)
                .payment("PT-1", "DV01", "2025-09-05", 1_000_000)
                .payment("PT-3", "DV01", "2025-12-15", 9_000_000);

        // Aug and Sep paid, Oct half paid (deadline 30/11 passed), Nov unpaid but not yet due;
        // the payment after D and the January 2026 due are outside the run.
        province.reconcile("2025-12-10");

        Fixtures.Finding finding = province.onlyFinding("ARREARS-LATE");
        assertThat(finding.amountVnd()).isEqualTo(500_000L);
        assertThat(finding.months()).isEqualTo(1);
        assertThat(finding.evidence()).contains("\"period\":\"2025-10\"").doesNotContain("\"period\":\"2025-11\"");
    }

    @Test
    void money_beyond_all_dues_is_credit_and_leaves_no_negative_balance() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-08", 3, 1_000_000)
                .due("DV01", "2025-09", 3, 1_000_000)
                .payment("PT-1", "DV01", "2025-08-01", 5_000_000);

        province.reconcile("2025-12-10");

        assertThat(province.findings("ARREARS-LATE")).isEmpty();
    }

    @Test
    void a_reminder_sent_before_the_deadline_does_not_make_evasion() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-06", 3, 10_000_000)
                .reminder("NH-1", "DV01", "2025-07-15");

        province.reconcile("2025-11-15");

        assertThat(province.findings("ARREARS-EVASION")).isEmpty();
        assertThat(province.onlyFinding("ARREARS-LATE").amountVnd()).isEqualTo(10_000_000L);
    }

    @Test
    void a_balance_more_than_60_days_overdue_after_a_reminder_is_evasion() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-06", 3, 10_000_000)
                .due("DV01", "2025-09", 3, 10_000_000)
                .reminder("NH-1", "DV01", "2025-08-20");

        // June: deadline 31/07, 107 days overdue → evasion; September: 15 days → late portion.
        province.reconcile("2025-11-15");

        Fixtures.Finding finding = province.onlyFinding("ARREARS-EVASION");
        assertThat(finding.amountVnd()).isEqualTo(20_000_000L);
        assertThat(finding.months()).isEqualTo(2);
        assertThat(finding.flags()).isNull();
        // interest from 31/07 (107 days) and 31/10 (15 days) at 0.03 %/day
        assertThat(finding.interestVnd()).isEqualTo(10_000_000L * 107 * 3 / 10_000 + 10_000_000L * 15 * 3 / 10_000);
        assertThat(finding.detail()).contains("1 kỳ, 10.000.000 đồng quá hạn trên 60 ngày", "NH-1");
        assertThat(finding.evidence()).contains("\"dataset\":\"payment_reminders\"");
        assertThat(province.findings("ARREARS-LATE")).isEmpty();
    }

    @Test
    void exactly_60_days_overdue_is_still_late_payment() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-08", 3, 10_000_000)
                .reminder("NH-1", "DV01", "2025-10-15");

        // deadline 30/09/2025 + 60 days = 29/11/2025
        province.reconcile("2025-11-29");

        assertThat(province.findings("ARREARS-EVASION")).isEmpty();
        assertThat(province.findings("ARREARS-LATE")).hasSize(1);

        province.reconcile("2025-11-30");

        assertThat(province.findings("ARREARS-EVASION")).hasSize(1);
    }

    @Test
    void a_quarterly_period_is_due_at_the_end_of_the_month_after_its_quarter() {
        province.employer("DV01", "6200000001", "active", "quarterly")
                .due("DV01", "2025-07", 3, 10_000_000);

        province.reconcile("2025-10-31");
        assertThat(province.findings("ARREARS-LATE")).isEmpty();

        province.reconcile("2025-11-01");
        Fixtures.Finding finding = province.onlyFinding("ARREARS-LATE");
        assertThat(finding.evidence()).contains("\"deadline\":\"2025-10-31\"", "\"days_overdue\":1");
    }

    @Test
    void a_half_yearly_period_is_due_at_the_end_of_the_month_after_its_half_year() {
        province.employer("DV01", "6200000001", "active", "half_yearly")
                .due("DV01", "2025-02", 3, 10_000_000)
                .due("DV01", "2025-08", 3, 10_000_000);

        province.reconcile("2025-07-31");
        assertThat(province.findings("ARREARS-LATE")).isEmpty();

        province.reconcile("2026-01-31");
        Fixtures.Finding finding = province.onlyFinding("ARREARS-LATE");
        assertThat(finding.months()).isEqualTo(1);
        assertThat(finding.evidence()).contains("\"deadline\":\"2025-07-31\"").doesNotContain("2026-01-31");
    }

    @Test
    void interest_accrues_only_from_1_july_2025_for_balances_overdue_before() {
        province.employer("DV01", "6200000001", "active", "monthly")
                .due("DV01", "2025-01", 3, 1_000_000);

        // deadline 28/02/2025, but days count from 01/07/2025 through 10/07/2025: 10 days
        province.reconcile("2025-07-10");

        assertThat(province.onlyFinding("ARREARS-LATE").interestVnd()).isEqualTo(3_000L);

        province.reconcile("2025-06-30");

        assertThat(province.onlyFinding("ARREARS-LATE").interestVnd()).isZero();
    }

    @Test
    void interest_is_summed_exactly_per_unit_and_rounded_half_up_once() {
        // five periods of 1,000 VND, one interest day each: 5 × 0.3 = 1.5 → 2 (rounding each gives 0)
        province.employer("DV01", "6200000001", "active", "monthly");
        for (int month = 1; month <= 5; month++) {
            province.due("DV01", "2025-0" + month, 1, 1_000);
        }
        // one period of 1,000 VND, one day: 0.3 → 0
        province.employer("DV02", "6200000002", "active", "monthly")
                .due("DV02", "2025-01", 1, 1_000);

        province.reconcile("2025-07-01");

        assertThat(province.findings("ARREARS-LATE"))
                .extracting(Fixtures.Finding::subject, Fixtures.Finding::interestVnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DV01", 2L),
                        org.assertj.core.groups.Tuple.tuple("DV02", 0L));
    }

    @Test
    void six_evaded_periods_of_at_least_50_million_reach_the_criminal_threshold() {
        evadedPeriods("DV01", 6, 9_000_000, 9);

        province.reconcile("2025-11-15");

        assertThat(province.onlyFinding("ARREARS-EVASION").flags()).isEqualTo("criminal_threshold");
    }

    @Test
    void six_evaded_periods_below_50_million_reach_the_criminal_threshold_only_with_10_employees() {
        evadedPeriods("DV01", 6, 8_000_000, 9);
        evadedPeriods("DV02", 6, 8_000_000, 10);

        province.reconcile("2025-11-15");

        assertThat(province.findings("ARREARS-EVASION"))
                .extracting(Fixtures.Finding::subject, Fixtures.Finding::flags)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DV01", null),
                        org.assertj.core.groups.Tuple.tuple("DV02", "criminal_threshold"));
    }

    @Test
    void five_evaded_periods_never_reach_the_criminal_threshold() {
        evadedPeriods("DV01", 5, 100_000_000, 200);

        province.reconcile("2025-11-15");

        assertThat(province.onlyFinding("ARREARS-EVASION").flags()).isNull();
    }

    @Test
    void the_criminal_thresholds_are_parameters() {
        evadedPeriods("DV01", 5, 9_000_000, 9);

        province.reconcile("2025-11-15",
                RuleParameters.defaults().with(Parameter.CRIMINAL_EVASION_MIN_PERIODS, 5)
                        .with(Parameter.CRIMINAL_EVASION_MIN_AMOUNT_VND, 45_000_000L));

        assertThat(province.onlyFinding("ARREARS-EVASION").flags()).isEqualTo("criminal_threshold");
    }

    /** Periods January.. of 2025, all unpaid, reminded on 1 September 2025. */
    private void evadedPeriods(String unit, int periods, long amountEach, int headcount) {
        province.employer(unit, "62000000" + unit.substring(2), "active", "monthly")
                .reminder("NH-" + unit, unit, "2025-09-01");
        for (int month = 1; month <= periods; month++) {
            province.due(unit, "2025-0" + month, headcount, amountEach);
        }
    }
}
