package vn.phoihop.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;

/**
 * Writes one audit event for every state-changing request (POST, PUT, PATCH, DELETE) that passed
 * authentication, with its outcome. Modules add richer events of their own for domain changes;
 * this filter makes sure no endpoint is forgotten. Logins are audited by {@link LoginAuditListener}.
 */
final class AuditRequestFilter extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> AUDITED_ELSEWHERE = Set.of("/login", "/login/totp", "/api/v1/auth/token");

    private final AuditLog auditLog;

    AuditRequestFilter(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod())
                || AUDITED_ELSEWHERE.contains(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            int status = failed ? 500 : response.getStatus();
            AuditEntry.Outcome outcome = status < 400 ? AuditEntry.Outcome.SUCCESS
                    : status == 401 || status == 403 ? AuditEntry.Outcome.DENIED : AuditEntry.Outcome.FAILURE;
            auditLog.recordForCurrentUser("http." + request.getMethod().toLowerCase(java.util.Locale.ROOT),
                    "request", request.getRequestURI(), outcome, "status=" + status);
        }
    }
}
