package vn.phoihop.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.phoihop.shared.ErrorCode;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>}. A present but wrong,
 * revoked or expired token is refused at once with its own error code; a missing one is left to
 * the authorisation rules (which answer {@code auth.required}). A scoped token is refused with
 * {@code auth.scope_missing} on any request none of its scopes opens.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final TokenService tokens;
    private final ApiErrorWriter errors;

    BearerTokenFilter(TokenService tokens, ApiErrorWriter errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        TokenService.Resolution resolution = tokens.resolve(header.substring(PREFIX.length()).trim());
        if (resolution.refusal() != null) {
            SecurityContextHolder.clearContext();
            errors.write(response, resolution.refusal());
            return;
        }
        if (resolution.scopes() != null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String method = request.getMethod();
            boolean allowed = TokenScope.ALWAYS_ALLOWED.contains(path)
                    || resolution.scopes().stream().anyMatch(scope -> scope.opens(method, path));
            if (!allowed) {
                Optional<TokenScope> needed = TokenScope.needed(method, path);
                errors.write(response, ErrorCode.AUTH_SCOPE_MISSING, Map.of("required_scope",
                        needed.map(TokenScope::value).orElse("none: use a sign-in token (POST /api/v1/auth/token)"),
                        "token_scopes", resolution.scopes().stream().map(TokenScope::value).sorted().toList()));
                return;
            }
        }
        PhoihopUserDetails user = resolution.user();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
