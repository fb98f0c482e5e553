package vn.phoihop.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;

/** Every login, successful or not, from the web form or the token endpoint, is an audit event. */
@Component
class LoginAuditListener {

    private final AuditLog auditLog;

    LoginAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PhoihopUserDetails user) {
            auditLog.record(new AuditEntry(user.getUsername(), user.currentUser().agency().code(), "auth.login",
                    "user", user.getUsername(), AuditEntry.Outcome.SUCCESS, ""));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        auditLog.record(new AuditEntry(attempted, null, "auth.login", "user", attempted,
                AuditEntry.Outcome.FAILURE, event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PhoihopUserDetails user) {
            auditLog.record(new AuditEntry(user.getUsername(), user.currentUser().agency().code(), "auth.logout",
                    "user", user.getUsername(), AuditEntry.Outcome.SUCCESS, ""));
        }
    }
}
