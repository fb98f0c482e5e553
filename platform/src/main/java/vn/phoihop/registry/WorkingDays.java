package vn.phoihop.registry;

import java.time.LocalDate;

/**
 * Vietnam's working-day calendar: Monday to Friday, minus public holidays and Tết, plus the
 * make-up Saturdays the government declares. The holidays are data (editable, with source).
 * Casework counts legal deadlines "in working days" with it.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /** The day that is {@code days} working days after {@code from} (0 returns {@code from}). */
    LocalDate plusWorkingDays(LocalDate from, int days);

    /** Working days after {@code from} up to and including {@code to}. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
