package vn.phoihop.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing in on the web, in one or two steps. After the password, a person who must use a
 * second factor is held at the TOTP page (or at enrolment, for an administrator or police officer
 * who has not enrolled yet) and can reach nothing else until the code is right; only then does
 * the sign-in count and the session get recorded. Each step changes the session id (fixation).
 */
@Component
class WebSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** Session attribute while the second step is pending: "totp" or "enrol". */
    static final String PENDING = WebSignIn.class.getName() + ".pending";
    static final String TOTP_PAGE = "/login/totp";
    static final String ENROL_PAGE = "/account/totp/enrol";

    private final SecondFactor secondFactor;
    private final LoginProtection protection;
    private final SessionRegistry sessions;

    WebSignIn(SecondFactor secondFactor, LoginProtection protection, SessionRegistry sessions) {
        this.secondFactor = secondFactor;
        this.protection = protection;
        this.sessions = sessions;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        PhoihopUserDetails user = (PhoihopUserDetails) authentication.getPrincipal();
        if (secondFactor.requiredFor(user)) {
            boolean enrolled = user.totpEnrolled();
            request.getSession().setAttribute(PENDING, enrolled ? "totp" : "enrol");
            response.sendRedirect(request.getContextPath() + (enrolled ? TOTP_PAGE : ENROL_PAGE));
            return;
        }
        complete(request, user);
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof LockedException) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        LoginThrottleFilter.markFailed(request);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** The second step passed (or none was needed): a new session id, the session recorded. */
    void complete(HttpServletRequest request, PhoihopUserDetails user) {
        HttpSession session = request.getSession();
        if (session.getAttribute(PENDING) != null) {
            session.removeAttribute(PENDING);
            request.changeSessionId();
        }
        protection.accountSucceeded(user.currentUser().id());
        sessions.start(request, user.currentUser());
    }

    static boolean pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) != null;
    }

    /**
     * Holds a half-signed-in session at its second step: every other page redirects there (an
     * htmx request gets {@code HX-Redirect}); static files and sign-out stay reachable.
     */
    static final class SecondFactorGate extends OncePerRequestFilter {

        private static final List<String> OPEN = List.of(TOTP_PAGE, ENROL_PAGE, ENROL_PAGE + "/qr.svg", "/logout",
                "/login", "/error", "/favicon.ico");
        private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            Object pending = session == null ? null : session.getAttribute(PENDING);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (pending == null || OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
                chain.doFilter(request, response);
                return;
            }
            redirect(request, response, "totp".equals(pending) ? TOTP_PAGE : ENROL_PAGE);
        }
    }

    /**
     * Ends a session that was revoked or ran past its idle or absolute timeout: the next request
     * finds itself signed out, at the login page with the reason.
     */
    static final class SessionTracking extends OncePerRequestFilter {

        private final SessionRegistry sessions;

        SessionTracking(SessionRegistry sessions) {
            this.sessions = sessions;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            String handle = session == null ? null : (String) session.getAttribute(SessionRegistry.HANDLE);
            if (handle != null) {
                SessionRegistry.Status status = sessions.check(handle);
                if (status != SessionRegistry.Status.ACTIVE) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    redirect(request, response, "/login?" + (status == SessionRegistry.Status.REVOKED ? "revoked" : "expired"));
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
    }
}
