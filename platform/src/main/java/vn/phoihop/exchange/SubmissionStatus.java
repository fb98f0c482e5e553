package vn.phoihop.exchange;

import java.util.Locale;

/**
 * Where a submission stands: received (bytes arriving) → validating → accepted | accepted with
 * rejects | rejected (the file as a whole is unreadable); failed when the platform stopped while
 * receiving or validating it (it can be sent again, with the same idempotency key).
 */
public enum SubmissionStatus {
    RECEIVED, VALIDATING, ACCEPTED, ACCEPTED_WITH_REJECTS, REJECTED, FAILED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean finished() {
        return this != RECEIVED && this != VALIDATING;
    }
}
