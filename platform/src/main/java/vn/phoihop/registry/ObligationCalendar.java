package vn.phoihop.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The obligations calendar: instances of the regulations' duties per year and period, for a
 * province or for the centre. Exchange, reporting and meetings call {@link #fulfil} when what
 * they received fulfils an obligation; the calendar publishes {@link ObligationFulfilled} and
 * {@link ObligationOverdue}.
 */
public interface ObligationCalendar {

    /** The scope of the central bodies' duties, where a province code would be. */
    String CENTRE = "TW";

    /** Creates the year's instances for a province (or {@link #CENTRE}) if missing; idempotent. */
    int generate(int year, String scope);

    List<ObligationInstance> instances(int year, String scope);

    Optional<ObligationInstance> byId(long id);

    /** Marks an instance fulfilled at {@code at} by {@code ref}; on time if at or before its due date. */
    ObligationInstance fulfil(long instanceId, FulfilmentRef ref, Instant at);

    /** Waives an instance with a reason (e.g. the duty did not arise that period). */
    ObligationInstance waive(long instanceId, String reason);

    /** Moves statuses on to today's date: reminders for what comes due, events for what is overdue. */
    int refreshStatuses();
}
