package vn.phoihop.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.phoihop.shared.ErrorCode;

/**
 * The per-address limit on sign-in endpoints (the login form, its second step, the token
 * endpoint): an address over its limit of failures is answered at once — 429 for the API, back to
 * the login page for the web — without the password being checked. Whoever refuses a sign-in
 * marks the request failed ({@link #markFailed}); this filter counts it against the address.
 * The address is the client's as the servlet container sees it: behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that it is the real client's.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final String FAILED = LoginThrottleFilter.class.getName() + ".failed";
    static final Set<String> SIGN_IN_PATHS = Set.of("/login", "/login/totp", "/api/v1/auth/token");

    private final LoginProtection protection;
    private final ApiErrorWriter errors;

    LoginThrottleFilter(LoginProtection protection, ApiErrorWriter errors) {
        this.protection = protection;
        this.errors = errors;
    }

    static void markFailed(HttpServletRequest request) {
        request.setAttribute(FAILED, Boolean.TRUE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !SIGN_IN_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Duration wait = protection.addressWait(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                errors.write(response, ErrorCode.AUTH_THROTTLED, Map.of("retry_after_seconds", seconds));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (Boolean.TRUE.equals(request.getAttribute(FAILED))) {
                protection.addressFailed(address);
            }
        }
    }
}
