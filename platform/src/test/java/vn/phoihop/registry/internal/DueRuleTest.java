package vn.phoihop.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueRuleTest {

    @Test
    void before_05_07_means_the_last_allowed_day_is_04_07() {
        DueRule rule = new DueRule.Dates(List.of(new DueRule.FixedDate("H1", MonthDay.of(7, 5), true)));
        assertThat(rule.occurrences(2026)).containsExactly(new DueRule.Occurrence("H1", null, LocalDate.of(2026, 7, 4)));
    }

    @Test
    void at_31_12_means_on_that_day() {
        DueRule rule = new DueRule.Dates(List.of(new DueRule.FixedDate("Y", MonthDay.of(12, 31), false)));
        assertThat(rule.occurrences(2026).get(0).dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void the_last_week_of_june_and_december_ends_on_the_last_day_of_the_month() {
        List<DueRule.Occurrence> occurrences = new DueRule.LastWeekOf(List.of(6, 12)).occurrences(2026);
        assertThat(occurrences).containsExactly(
                new DueRule.Occurrence("H1", LocalDate.of(2026, 6, 24), LocalDate.of(2026, 6, 30)),
                new DueRule.Occurrence("H2", LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void before_the_10th_of_each_month_gives_twelve_instances_due_on_the_9th() {
        List<DueRule.Occurrence> occurrences = new DueRule.Monthly(10).occurrences(2026);
        assertThat(occurrences).hasSize(12);
        assertThat(occurrences.get(1)).isEqualTo(
                new DueRule.Occurrence("M02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 9)));
    }

    @Test
    void quarterly_is_due_at_the_end_of_each_quarter() {
        assertThat(new DueRule.Quarterly().occurrences(2026)).extracting(DueRule.Occurrence::dueDate).containsExactly(
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 12, 31));
    }

    @Test
    void in_november_opens_on_the_first_and_is_due_on_the_last_day() {
        assertThat(new DueRule.InMonth(List.of(11)).occurrences(2026)).containsExactly(
                new DueRule.Occurrence("Y", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void a_five_yearly_review_from_2022_falls_in_2027_and_not_in_2026() {
        DueRule rule = new DueRule.EveryYears(5, 2022, MonthDay.of(12, 31));
        assertThat(rule.occurrences(2027)).hasSize(1);
        assertThat(rule.occurrences(2026)).isEmpty();
        assertThat(rule.occurrences(2022)).isEmpty();
    }

    @Test
    void duties_on_event_or_request_have_no_dates() {
        assertThat(new DueRule.None().occurrences(2026)).isEmpty();
    }

    @Test
    void a_rotating_meeting_host_alternates_by_year() {
        Duty.MeetingHost host = new Duty.MeetingHost("rotating", List.of("police.central", "social_security.central"));
        Duty duty = new RegulationCatalog().duty("000-8.2.a").orElseThrow();
        assertThat(host.hostRole(duty, 2026)).isEqualTo("police.central");
        assertThat(host.hostRole(duty, 2027)).isEqualTo("social_security.central");
    }
}
