package vn.phoihop.security;

import java.util.Objects;

/** What an audit event says: who, of which agency, did what to which object, with what outcome. */
public record AuditEntry(String actor, String agency, String action, String objectType, String objectId,
        Outcome outcome, String details) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        actor = truncate(actor, 64);
        details = details == null ? "" : details;
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
