package vn.phoihop.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * A person's own API tokens and web sessions; service accounts and account recovery for
 * administrators. Managing tokens needs a sign-in token: a scoped token cannot make more tokens.
 */
@RestController
@Tag(name = "Authentication")
class AccountApiController {

    private final TokenService tokens;
    private final SessionRegistry sessions;
    private final JdbcUserAccounts users;
    private final LoginProtection protection;
    private final SecondFactor secondFactor;
    private final AuditLog auditLog;

    AccountApiController(TokenService tokens, SessionRegistry sessions, JdbcUserAccounts users,
            LoginProtection protection, SecondFactor secondFactor, AuditLog auditLog) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.users = users;
        this.protection = protection;
        this.secondFactor = secondFactor;
        this.auditLog = auditLog;
    }

    record NewToken(String name, List<String> scopes, Integer expires_in_days) {
    }

    record CreatedToken(long id, String name, List<String> scopes, String token, Instant expires_at) {
    }

    record NewServiceAccount(String username, String display_name, String agency, List<String> roles) {
    }

    record ScopeView(String scope, String access) {
    }

    @GetMapping("/api/v1/tokens/scopes")
    @Operation(summary = "The scopes an API token can carry (Phạm vi của token)")
    List<ScopeView> scopes() {
        return Arrays.stream(TokenScope.values())
                .map(s -> new ScopeView(s.value(), s.value().endsWith(":read") ? "read" : "write")).toList();
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "My named API tokens (never the token itself)")
    List<TokenService.TokenView> myTokens() {
        return tokens.list(me().id());
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a named, scoped, expiring API token for a script (Tạo token có phạm vi); shown once")
    CreatedToken createToken(@RequestBody NewToken request) {
        CurrentUser user = me();
        return create(user, request, user.username());
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of my API tokens (Thu hồi token)")
    void revokeToken(@PathVariable long id) {
        CurrentUser user = me();
        if (!tokens.revoke(user.id(), id)) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("token", id));
        }
        auditLog.recordForCurrentUser("auth.token_revoke", "api_token", Long.toString(id), AuditEntry.Outcome.SUCCESS,
                "owner=" + user.username());
    }

    @GetMapping("/api/v1/sessions")
    @Operation(summary = "My open web sessions: when, from where, with which browser")
    List<SessionRegistry.SessionView> mySessions() {
        return sessions.active(me().id(), null);
    }

    @DeleteMapping("/api/v1/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End one of my web sessions (Đăng xuất phiên khác)")
    void revokeSession(@PathVariable long id) {
        if (!sessions.revoke(me(), id)) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("session", id));
        }
    }

    @GetMapping("/api/v1/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Service accounts for system-to-system exchange; administrators only")
    List<JdbcUserAccounts.ServiceAccountView> serviceAccounts() {
        return users.serviceAccounts();
    }

    @PostMapping("/api/v1/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a service account of an agency: no password, API tokens only; administrators only")
    Map<String, Object> createServiceAccount(@RequestBody NewServiceAccount request) {
        if (request == null || request.username() == null || request.agency() == null) {
            throw new PhoihopException(ErrorCode.MALFORMED_REQUEST, Map.of("expected",
                    "{\"username\": \"bhxh-exchange\", \"display_name\": \"...\", \"agency\": \"51.social_security\", \"roles\": [\"OFFICER\"]}"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : request.roles() == null ? List.of("OFFICER") : request.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("roles", "unknown role: " + role));
            }
        }
        CurrentUser created = users.createServiceAccount(request.username(),
                request.display_name() == null ? request.username() : request.display_name(), request.agency(), roles);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", created.username());
        body.put("agency", created.agency().code());
        body.put("roles", created.roles().stream().map(Enum::name).sorted().toList());
        body.put("kind", "service");
        return body;
    }

    @GetMapping("/api/v1/service-accounts/{username}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The tokens of a service account; administrators only")
    List<TokenService.TokenView> serviceAccountTokens(@PathVariable String username) {
        return tokens.list(serviceAccount(username).currentUser().id());
    }

    @PostMapping("/api/v1/service-accounts/{username}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a scoped, expiring token to a service account (shown once); administrators only")
    CreatedToken createServiceAccountToken(@PathVariable String username, @RequestBody NewToken request) {
        return create(serviceAccount(username).currentUser(), request, me().username());
    }

    @DeleteMapping("/api/v1/service-accounts/{username}/tokens/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token of a service account; administrators only")
    void revokeServiceAccountToken(@PathVariable String username, @PathVariable long id) {
        if (!tokens.revoke(serviceAccount(username).currentUser().id(), id)) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("token", id));
        }
        auditLog.recordForCurrentUser("auth.token_revoke", "api_token", Long.toString(id), AuditEntry.Outcome.SUCCESS,
                "owner=" + username);
    }

    @PostMapping("/api/v1/users/{username}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Unlock an account locked after failed sign-ins; administrators only")
    Map<String, Object> unlock(@PathVariable String username) {
        if (!protection.unlock(username)) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("username", username));
        }
        auditLog.recordForCurrentUser("auth.unlock", "user", username, AuditEntry.Outcome.SUCCESS, "");
        return Map.of("username", username, "locked", false);
    }

    @PostMapping("/api/v1/users/{username}/totp/reset")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Remove a person's second factor (lost phone): they enrol again at next sign-in; administrators only")
    Map<String, Object> resetTotp(@PathVariable String username) {
        if (!secondFactor.reset(username)) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("username", username));
        }
        auditLog.recordForCurrentUser("auth.totp_reset", "user", username, AuditEntry.Outcome.SUCCESS, "");
        return Map.of("username", username, "totp_enrolled", false);
    }

    private CreatedToken create(CurrentUser owner, NewToken request, String createdBy) {
        if (request == null || request.name() == null || request.name().isBlank() || request.scopes() == null
                || request.scopes().isEmpty()) {
            throw new PhoihopException(ErrorCode.MALFORMED_REQUEST, Map.of("expected",
                    "{\"name\": \"nightly upload\", \"scopes\": [\"exchange:submit\"], \"expires_in_days\": 90}",
                    "scopes", Arrays.stream(TokenScope.values()).map(TokenScope::value).toList()));
        }
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String scope : request.scopes()) {
            scopes.add(TokenScope.of(scope).orElseThrow(() -> new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("scopes", "unknown scope: " + scope,
                            "known", Arrays.stream(TokenScope.values()).map(TokenScope::value).toList()))));
        }
        int days = request.expires_in_days() == null ? 90 : request.expires_in_days();
        if (days < 1 || Duration.ofDays(days).compareTo(tokens.maximumLifetime()) > 0) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("expires_in_days",
                    "between 1 and " + tokens.maximumLifetime().toDays()));
        }
        String name = request.name().strip();
        if (name.length() > 100) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("name", "at most 100 characters"));
        }
        TokenService.IssuedToken issued = tokens.issueScoped(owner.id(), name, scopes, Duration.ofDays(days), createdBy);
        List<String> scopeNames = scopes.stream().map(TokenScope::value).sorted().toList();
        auditLog.recordForCurrentUser("auth.token_create", "api_token", Long.toString(issued.id()),
                AuditEntry.Outcome.SUCCESS, "owner=" + owner.username() + " scopes=" + scopeNames + " expires=" + issued.expiresAt());
        return new CreatedToken(issued.id(), name, scopeNames, issued.token(), issued.expiresAt());
    }

    private PhoihopUserDetails serviceAccount(String username) {
        return users.byUsername(username).filter(PhoihopUserDetails::isServiceAccount)
                .orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND, Map.of("service_account", username)));
    }

    private static CurrentUser me() {
        return CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
    }

    /** Used by the account page, which shares these rules. */
    CreatedToken createFor(CurrentUser user, NewToken request) {
        return create(user, request, user.username());
    }
}
