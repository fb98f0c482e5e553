package vn.phoihop.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;

/**
 * Sign-in through OpenID Connect against a real, in-process provider: discovery, authorization
 * code with PKCE, an RS256-signed ID token checked against the provider's JWKS.
 */
@IntegrationTest
class OidcLoginTest {

    static final int IDP_PORT = 47291;
    static final String ISSUER = "http://127.0.0.1:" + IDP_PORT;

    static TestIdentityProvider idp;

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startProvider() throws Exception {
        idp = new TestIdentityProvider();
    }

    @AfterAll
    static void stopProvider() {
        idp.server.stop(0);
    }

    /** Goes to the provider and back as a browser would; returns the platform's answer to the callback. */
    private WebClient.Page signInThroughProvider(WebClient web, String subject, String username) throws Exception {
        idp.signedIn(subject, username, clock);
        WebClient.Page start = web.get("/login/oidc");
        assertThat(start.location()).startsWith(ISSUER + "/authorize?");
        HttpResponse<String> atProvider = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(start.location())).GET().build(), HttpResponse.BodyHandlers.ofString());
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith("http://localhost:" + port + "/login/oidc/callback?code=");
        return web.get(callback.substring(("http://localhost:" + port).length()));
    }

    @Test
    void a_person_known_to_the_provider_by_their_username_signs_in_and_is_linked_by_subject() throws Exception {
        WebClient web = new WebClient(port);
        assertThat(web.get("/login").body()).contains("id=\"login-oidc\"");

        WebClient.Page back = signInThroughProvider(web, "sub-thue-001", "thue");

        assertThat(back.location()).endsWith("/");
        assertThat(web.get("/").body()).contains("id=\"welcome\"").contains("(thue)");
        assertThat(jdbc.sql("SELECT oidc_subject FROM app_user WHERE username = 'thue'").query(String.class).single())
                .isEqualTo("sub-thue-001");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'thue' AND action = 'auth.login' AND details LIKE 'oidc%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);

        // linked: the subject alone finds the account next time, whatever username the provider sends
        WebClient again = new WebClient(port);
        assertThat(signInThroughProvider(again, "sub-thue-001", "ten-khac").location()).endsWith("/");
        assertThat(again.get("/").body()).contains("(thue)");
    }

    @Test
    void an_identity_without_a_phoihop_account_is_refused() throws Exception {
        WebClient web = new WebClient(port);
        assertThat(signInThroughProvider(web, "sub-nobody", "khong-ton-tai").location()).endsWith("/login?oidc_error");
        assertThat(web.get("/").location()).endsWith("/login");
    }

    @Test
    void an_administrator_coming_from_the_provider_still_passes_the_phoihop_second_factor() throws Exception {
        WebClient web = new WebClient(port);
        assertThat(signInThroughProvider(web, "sub-admin", "admin").location()).endsWith("/login/totp");
        assertThat(web.get("/registry/calendar").location()).endsWith("/login/totp");
    }

    @Test
    void an_id_token_signed_by_another_key_or_a_forged_state_is_refused() throws Exception {
        idp.rogue = true;
        try {
            WebClient web = new WebClient(port);
            assertThat(signInThroughProvider(web, "sub-yte", "yte").location()).endsWith("/login?oidc_error");
        } finally {
            idp.rogue = false;
        }
        WebClient web = new WebClient(port);
        web.get("/login/oidc");
        assertThat(web.get("/login/oidc/callback?code=whatever&state=forged").location()).endsWith("/login?oidc_error");
    }

    /** A minimal OpenID provider: discovery, authorize (the user is already signed in there), token, JWKS. */
    static final class TestIdentityProvider {

        final HttpServer server;
        final RSAKey key = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        final RSAKey rogueKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
        volatile boolean rogue;
        volatile String subject;
        volatile String username;
        volatile TestClock clock;

        TestIdentityProvider() throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", IDP_PORT), 0);
            server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, 200, "application/json",
                    "{\"issuer\":\"" + ISSUER + "\",\"authorization_endpoint\":\"" + ISSUER + "/authorize\","
                            + "\"token_endpoint\":\"" + ISSUER + "/token\",\"jwks_uri\":\"" + ISSUER + "/jwks\"}"));
            server.createContext("/jwks", exchange -> answer(exchange, 200, "application/json",
                    new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/authorize", this::authorize);
            server.createContext("/token", this::token);
            server.start();
        }

        void signedIn(String subject, String username, TestClock clock) {
            this.subject = subject;
            this.username = username;
            this.clock = clock;
        }

        private void authorize(HttpExchange exchange) throws IOException {
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            String code = "code-" + codes.size() + "-" + System.nanoTime();
            Map<String, String> grant = new LinkedHashMap<>(query);
            grant.put("sub", subject);
            grant.put("username", username);
            codes.put(code, grant);
            exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                    + query.get("state"));
            answer(exchange, 302, "text/plain", "");
        }

        private void token(HttpExchange exchange) throws IOException {
            Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String basic = exchange.getRequestHeaders().getFirst("Authorization");
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    "phoihop-test:test-only-client-secret".getBytes(StandardCharsets.UTF_8));
            Map<String, String> grant = codes.remove(form.get("code"));
            if (!expected.equals(basic) || grant == null || !grant.get("code_challenge").equals(s256(form.get("code_verifier")))
                    || !grant.get("redirect_uri").equals(form.get("redirect_uri"))) {
                answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
                return;
            }
            try {
                Date now = Date.from(clock.instant());
                SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(),
                        new JWTClaimsSet.Builder().issuer(ISSUER).audience("phoihop-test").subject(grant.get("sub"))
                                .claim("preferred_username", grant.get("username")).claim("nonce", grant.get("nonce"))
                                .issueTime(now).expirationTime(new Date(now.getTime() + 300_000)).build());
                idToken.sign(new RSASSASigner(rogue ? rogueKey : key));
                answer(exchange, 200, "application/json", "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"id_token\":\""
                        + idToken.serialize() + "\"}");
            } catch (com.nimbusds.jose.JOSEException e) {
                answer(exchange, 500, "text/plain", e.getMessage());
            }
        }

        private static String s256(String verifier) {
            try {
                return Base64.getUrlEncoder().withoutPadding().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static Map<String, String> parse(String text) {
            Map<String, String> values = new LinkedHashMap<>();
            if (text != null) {
                for (String pair : text.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            return values;
        }

        private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        }
    }
}
