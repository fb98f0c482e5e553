package vn.phoihop.security;

/** Walks the hash chain of the audit trail and tells whether any event was changed or removed. */
public interface AuditChain {

    AuditVerification verify();

    /**
     * The answer of a verification.
     *
     * @param ok           whether every event's hash and link are intact
     * @param events       how many events were read
     * @param first_broken the sequence number of the first event whose hash or link is wrong, or null
     */
    record AuditVerification(boolean ok, long events, Long first_broken) {
    }
}
