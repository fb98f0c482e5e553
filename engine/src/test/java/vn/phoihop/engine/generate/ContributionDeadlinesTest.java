package vn.phoihop.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ContributionDeadlinesTest {

    @Test
    void a_monthly_period_is_due_on_the_last_day_of_the_following_month() {
        assertThat(ContributionDeadlines.deadline(YearMonth.of(2026, 1), PaymentMode.MONTHLY))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ContributionDeadlines.deadline(YearMonth.of(2025, 12), PaymentMode.MONTHLY))
                .isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(ContributionDeadlines.deadline(YearMonth.of(2024, 1), PaymentMode.MONTHLY))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void every_month_of_a_quarter_is_due_at_the_end_of_the_month_after_the_quarter() {
        for (int month = 4; month <= 6; month++) {
            assertThat(ContributionDeadlines.deadline(YearMonth.of(2026, month), PaymentMode.QUARTERLY))
                    .isEqualTo(LocalDate.of(2026, 7, 31));
        }
        assertThat(ContributionDeadlines.deadline(YearMonth.of(2025, 11), PaymentMode.QUARTERLY))
                .isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void half_yearly_cycles_are_january_to_june_and_july_to_december() {
        assertThat(ContributionDeadlines.deadline(YearMonth.of(2026, 1), PaymentMode.HALF_YEARLY))
                .isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(ContributionDeadlines.deadline(YearMonth.of(2026, 6), PaymentMode.HALF_YEARLY))
                .isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(ContributionDeadlines.deadline(YearMonth.of(2026, 7), PaymentMode.HALF_YEARLY))
                .isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(ContributionDeadlines.firstMonthOfCycle(YearMonth.of(2026, 9), PaymentMode.HALF_YEARLY))
                .isEqualTo(YearMonth.of(2026, 7));
    }
}
