package vn.phoihop.security;

/**
 * The audit trail: every login and every change of state writes one event. Events are
 * append-only and hash-chained; see {@link AuditChain}.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Records an event on behalf of the signed-in user of this request (or "anonymous"). */
    default void recordForCurrentUser(String action, String objectType, String objectId, AuditEntry.Outcome outcome,
            String details) {
        CurrentUser user = CurrentUser.current().orElse(null);
        record(new AuditEntry(user == null ? "anonymous" : user.username(),
                user == null ? null : user.agency().code(), action, objectType, objectId, outcome, details));
    }
}
