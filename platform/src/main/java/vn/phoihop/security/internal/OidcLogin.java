package vn.phoihop.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;

/**
 * Sign-in through an external OpenID Connect provider (the identity provider of a ministry or
 * the national one), off unless {@code phoihop.oidc.enabled=true}. Authorization code flow
 * with PKCE, state and nonce; the ID token's signature (the provider's JWKS), issuer, audience,
 * expiry and nonce are checked. The provider's user becomes the PhoiHop account already linked
 * to its subject, or else the account whose username equals the configured claim (then linked);
 * no account is created: agency and roles are PhoiHop's to decide. Administrators and police
 * still pass PhoiHop's own second factor after the provider.
 */
@Controller
class OidcLogin {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String STATE = OidcLogin.class.getName() + ".state";
    private static final String NONCE = OidcLogin.class.getName() + ".nonce";
    private static final String VERIFIER = OidcLogin.class.getName() + ".verifier";

    private final boolean enabled;
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String usernameClaim;
    private final String scopes;
    private final String configuredRedirectUri;
    private final JdbcUserAccounts users;
    private final WebSignIn signIn;
    private final AuditLog auditLog;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile Map<String, Object> discovery;

    OidcLogin(@Value("${phoihop.oidc.enabled:false}") boolean enabled,
            @Value("${phoihop.oidc.issuer:}") String issuer,
            @Value("${phoihop.oidc.client-id:}") String clientId,
            @Value("${phoihop.oidc.client-secret:}") String clientSecret,
            @Value("${phoihop.oidc.username-claim:preferred_username}") String usernameClaim,
            @Value("${phoihop.oidc.scopes:openid profile}") String scopes,
            @Value("${phoihop.oidc.redirect-uri:}") String redirectUri,
            JdbcUserAccounts users, WebSignIn signIn, AuditLog auditLog, Clock clock) {
        this.enabled = enabled;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.usernameClaim = usernameClaim;
        this.scopes = scopes;
        this.configuredRedirectUri = redirectUri;
        this.users = users;
        this.signIn = signIn;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    boolean enabled() {
        return enabled;
    }

    @GetMapping("/login/oidc")
    String start(HttpServletRequest request) {
        if (!enabled) {
            return "redirect:/login";
        }
        String authorize;
        try {
            authorize = (String) discovery().get("authorization_endpoint");
        } catch (IOException e) {
            // the identity provider cannot be reached or answers nonsense: say so on the sign-in page
            auditLog.record(new AuditEntry("anonymous", null, "auth.login", "user", null, AuditEntry.Outcome.FAILURE,
                    "oidc provider unavailable: " + e.getMessage()));
            return "redirect:/login?oidc_error";
        }
        HttpSession session = request.getSession();
        String state = random();
        String nonce = random();
        String verifier = random();
        session.setAttribute(STATE, state);
        session.setAttribute(NONCE, nonce);
        session.setAttribute(VERIFIER, verifier);
        return "redirect:" + authorize + "?response_type=code&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(redirectUri(request)) + "&scope=" + encode(scopes)
                + "&state=" + state + "&nonce=" + nonce + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256";
    }

    @GetMapping("/login/oidc/callback")
    void callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (!enabled || session == null || code == null || state == null || !state.equals(session.getAttribute(STATE))) {
            fail(request, response, "state");
            return;
        }
        String nonce = (String) session.getAttribute(NONCE);
        String verifier = (String) session.getAttribute(VERIFIER);
        session.removeAttribute(STATE);
        session.removeAttribute(NONCE);
        session.removeAttribute(VERIFIER);
        JWTClaimsSet claims;
        try {
            claims = verify(exchange(code, verifier, redirectUri(request)), nonce);
        } catch (IOException | ParseException | BadJOSEException | JOSEException e) {
            fail(request, response, e.getClass().getSimpleName());
            return;
        }
        String subject = claims.getSubject();
        Optional<PhoihopUserDetails> account = users.byOidcSubject(subject);
        if (account.isEmpty()) {
            Object username = claims.getClaim(usernameClaim);
            account = username == null ? Optional.empty() : users.byUsername(username.toString())
                    .filter(user -> !user.isServiceAccount());
            account.ifPresent(user -> users.linkOidcSubject(user.currentUser().id(), subject));
        }
        if (account.isEmpty() || !account.get().isEnabled() || !account.get().isAccountNonLocked()) {
            fail(request, response, "no account for subject " + subject);
            return;
        }
        PhoihopUserDetails user = account.get();
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        auditLog.record(new AuditEntry(user.getUsername(), user.currentUser().agency().code(), "auth.login", "user",
                user.getUsername(), AuditEntry.Outcome.SUCCESS, "oidc issuer=" + issuer));
        signIn.onAuthenticationSuccess(request, response, context.getAuthentication());
    }

    private void fail(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        auditLog.record(new AuditEntry("anonymous", null, "auth.login", "user", null, AuditEntry.Outcome.FAILURE,
                "oidc " + reason));
        LoginThrottleFilter.markFailed(request);
        response.sendRedirect(request.getContextPath() + "/login?oidc_error");
    }

    private String exchange(String code, String verifier, String redirectUri) throws IOException, ParseException {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
                + "&code_verifier=" + encode(verifier) + "&client_id=" + encode(clientId);
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create((String) discovery().get("token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            throw new IOException("token endpoint answered " + answer.statusCode());
        }
        Object idToken = JSONObjectUtils.parse(answer.body()).get("id_token");
        if (!(idToken instanceof String token)) {
            throw new IOException("no id_token");
        }
        return token;
    }

    private JWTClaimsSet verify(String idToken, String nonce) throws IOException, ParseException, BadJOSEException,
            JOSEException {
        HttpResponse<String> jwks = send(HttpRequest.newBuilder(URI.create((String) discovery().get("jwks_uri"))).GET().build());
        JWKSet keys = JWKSet.parse(jwks.body());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256), new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
                Set.of("sub", "exp", "iat")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        });
        return processor.process(idToken, null);
    }

    private Map<String, Object> discovery() throws IOException {
        Map<String, Object> known = discovery;
        if (known == null) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                    URI.create(issuer + "/.well-known/openid-configuration")).GET().build());
            try {
                known = JSONObjectUtils.parse(answer.body());
            } catch (ParseException e) {
                throw new IOException("unreadable OpenID configuration of " + issuer, e);
            }
            if (!issuer.equals(known.get("issuer"))) {
                throw new IOException("the provider names another issuer: " + known.get("issuer"));
            }
            discovery = known;
        }
        return known;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String redirectUri(HttpServletRequest request) {
        if (!configuredRedirectUri.isBlank()) {
            return configuredRedirectUri;
        }
        String base = request.getRequestURL().toString();
        return base.substring(0, base.indexOf(request.getRequestURI())) + request.getContextPath() + "/login/oidc/callback";
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
