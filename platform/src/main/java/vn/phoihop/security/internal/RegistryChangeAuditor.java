package vn.phoihop.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.RegistryChanged;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;

/**
 * Audits the registry's changes of state for the signed-in user. The registry announces them as
 * events because it cannot depend on this module (which depends on it) without a cycle; the
 * listener runs synchronously, in the request that made the change.
 */
@Component
class RegistryChangeAuditor {

    private final AuditLog auditLog;

    RegistryChangeAuditor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(RegistryChanged change) {
        auditLog.recordForCurrentUser(change.action(), change.objectType(), change.objectId(),
                AuditEntry.Outcome.SUCCESS, change.details());
    }
}
