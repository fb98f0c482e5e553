package vn.phoihop.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.security.CurrentUser;

@RestController
@Tag(name = "Authentication")
class AuthController {

    private final AuthenticationManager authenticationManager;
    private final TokenService tokens;

    AuthController(AuthenticationManager authenticationManager, TokenService tokens) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    record TokenRequest(String username, String password) {
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
    @Operation(summary = "Exchange a username and password for a bearer token (Lấy token truy cập API)")
    TokenResponse token(@RequestBody TokenRequest request) {
        if (request == null || request.username() == null || request.password() == null) {
            throw new PhoihopException(ErrorCode.MALFORMED_REQUEST,
                    java.util.Map.of("expected", "{\"username\": \"...\", \"password\": \"...\"}"));
        }
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException e) {
            throw new PhoihopException(ErrorCode.AUTH_BAD_CREDENTIALS);
        }
        PhoihopUserDetails user = (PhoihopUserDetails) authentication.getPrincipal();
        TokenService.IssuedToken issued = tokens.issue(user.currentUser().id());
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
}
