package vn.phoihop.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of a duty: who owes what to whom for one period, when it is due and where it
 * stands. {@code provinceCode} is null for duties between central bodies.
 */
public record ObligationInstance(long id, String dutyId, String regulation, String article, String provinceCode,
        String fromRole, String toRole, String kind, String dataset, String titleVi, String titleEn, int year,
        String period, LocalDate windowStart, LocalDate dueDate, Status status, Instant fulfilledAt,
        Boolean fulfilledLate, String fulfilmentKind, String fulfilmentRef, String waivedReason) {

    /** upcoming → due (reminder window) → fulfilled (on time or late) | overdue | waived. */
    public enum Status {
        UPCOMING, DUE, FULFILLED, OVERDUE, WAIVED;

        public String dbValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status fromDb(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
