package vn.phoihop.security;

/**
 * What a person may do within their agency. Issue #7 refines this into role × agency ×
 * jurisdiction × classification.
 */
public enum Role {
    /** Administers the platform: users, agencies, audit verification. */
    ADMIN,
    /** Leads a unit: assigns work, approves, receives escalations. */
    SUPERVISOR,
    /** Does the agency's work: submits data, verifies findings, handles cases. */
    OFFICER,
    /** Reads what the agency may see. */
    VIEWER
}
