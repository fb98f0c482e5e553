package vn.phoihop.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

@RestController
@Tag(name = "Authentication")
class AuthController {

    private final AuthenticationManager authenticationManager;
    private final TokenService tokens;
    private final SecondFactor secondFactor;
    private final LoginProtection protection;
    private final AuditLog auditLog;

    AuthController(AuthenticationManager authenticationManager, TokenService tokens, SecondFactor secondFactor,
            LoginProtection protection, AuditLog auditLog) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.protection = protection;
        this.auditLog = auditLog;
    }

    record TokenRequest(String username, String password, String totp, String recovery_code) {
        @Override
        public String toString() {
            return "TokenRequest[" + username + "]";
        }
    }

    record TokenResponse(String token, Instant expires_at) {
    }

    record Me(String username, String display_name, String agency, String agency_name, String jurisdiction,
            List<String> roles) {
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange a username and password (and, for administrators and the police, a TOTP or "
            + "recovery code) for a bearer token (Lấy token truy cập API)")
    TokenResponse token(@RequestBody TokenRequest request, HttpServletRequest http) {
        if (request == null || request.username() == null || request.password() == null) {
            throw new PhoihopException(ErrorCode.MALFORMED_REQUEST,
                    Map.of("expected", "{\"username\": \"...\", \"password\": \"...\", \"totp\": \"123456\"}"));
        }
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (LockedException e) {
            throw new PhoihopException(ErrorCode.AUTH_LOCKED, Map.of("locked_until",
                    protection.lockedUntil(request.username()).map(Instant::toString).orElse("")));
        } catch (AuthenticationException e) {
            LoginThrottleFilter.markFailed(http);
            throw new PhoihopException(ErrorCode.AUTH_BAD_CREDENTIALS);
        }
        PhoihopUserDetails user = (PhoihopUserDetails) authentication.getPrincipal();
        CurrentUser current = user.currentUser();
        if (secondFactor.requiredFor(user)) {
            if (!user.totpEnrolled()) {
                throw new PhoihopException(ErrorCode.AUTH_TOTP_ENROLMENT_REQUIRED, Map.of("enrol_at", "/account/totp/enrol"));
            }
            if (blank(request.totp()) && blank(request.recovery_code())) {
                throw new PhoihopException(ErrorCode.AUTH_TOTP_REQUIRED);
            }
            boolean passed = !blank(request.totp()) ? secondFactor.verifyCode(current.id(), request.totp())
                    : secondFactor.useRecoveryCode(current, request.recovery_code());
            if (!passed) {
                LoginThrottleFilter.markFailed(http);
                protection.accountFailed(current.username());
                auditLog.record(new AuditEntry(current.username(), current.agency().code(), "auth.second_factor",
                        "user", current.username(), AuditEntry.Outcome.FAILURE, "api"));
                throw new PhoihopException(ErrorCode.AUTH_TOTP_INVALID);
            }
        }
        protection.accountSucceeded(current.id());
        TokenService.IssuedToken issued = tokens.issue(current.id());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who am I: the user behind the token, their agency and roles")
    ResponseEntity<Me> me() {
        CurrentUser user = CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
        return ResponseEntity.ok(new Me(user.username(), user.displayName(), user.agency().code(),
                user.agency().nameVi(), user.agency().jurisdictionVi(),
                user.roles().stream().map(Enum::name).sorted().toList()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
