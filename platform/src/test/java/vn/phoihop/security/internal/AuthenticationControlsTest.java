package vn.phoihop.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.phoihop.Api;
import vn.phoihop.DemoTotp;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;
import vn.phoihop.demo.DemoProvince;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.security.Totp;
import vn.phoihop.security.UserAccounts;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** Issue #7 part A: each authentication control, with a test that fails if the control is removed. */
@IntegrationTest
class AuthenticationControlsTest {

    private static final String STRONG = "mot-cum-tu-du-dai-2026";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    UserAccounts users;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    LoginProtection protection;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    private CurrentUser newPerson(String prefix, String agency) {
        String username = prefix + "-" + NEXT.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        return users.create(new UserAccounts.NewUser(username, "Người thử " + username, STRONG, agency, Set.of(Role.OFFICER)));
    }

    private static String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    // --- password policy ---

    @Test
    void a_password_that_is_short_contains_the_username_or_is_common_is_refused_with_each_reason() {
        PhoihopException refused = catchThrowableOfType(PhoihopException.class, () -> users.create(
                new UserAccounts.NewUser("nguyenvana", "A", "nguyenvana1", "51.tax", Set.of(Role.OFFICER))));
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.AUTH_PASSWORD_POLICY);
        assertThat(refused.details()).containsKeys("min_length", "contains_username");

        PhoihopException common = catchThrowableOfType(PhoihopException.class, () -> users.create(
                new UserAccounts.NewUser("nguyenvanb", "B", "Matkhau123456!", "51.tax", Set.of(Role.OFFICER))));
        assertThat(common.details()).containsOnlyKeys("common");
        @SuppressWarnings("unchecked")
        Map<String, String> message = (Map<String, String>) common.details().get("common");
        assertThat(message.get("message_vi")).contains("phổ biến");
        assertThat(message.get("message_en")).contains("too common");

        assertThat(users.create(new UserAccounts.NewUser("nguyenvanc", "C", "ca phe sua da buoi sang", "51.tax",
                Set.of(Role.OFFICER))).username()).isEqualTo("nguyenvanc");
    }

    // --- lockout and per-address limit ---

    @Test
    void five_wrong_passwords_lock_the_account_against_even_the_right_password_until_an_administrator_unlocks_it()
            throws Exception {
        CurrentUser person = newPerson("khoa", "51.tax");
        for (int i = 0; i < protection.accountMaxFailures(); i++) {
            assertThat(WebClient.rawJson("127.0.0.31", port, "/api/v1/auth/token", login(person.username(), "sai-" + i))
                    .body()).contains("auth.bad_credentials");
        }
        WebClient.Raw locked = WebClient.rawJson("127.0.0.31", port, "/api/v1/auth/token", login(person.username(), STRONG));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).contains("auth.locked").contains("locked_until");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'auth.lockout' AND object_id = ?")
                .param(person.username()).query(Long.class).single()).isEqualTo(1);

        String admin = api.token("admin", "demo");
        assertThat(api.post("/api/v1/users/" + person.username() + "/unlock", admin, "").status()).isEqualTo(200);
        assertThat(WebClient.rawJson("127.0.0.31", port, "/api/v1/auth/token", login(person.username(), STRONG)).status())
                .isEqualTo(200);
    }

    @Test
    void a_locked_account_opens_again_by_itself_after_the_lock_duration() throws Exception {
        CurrentUser person = newPerson("khoa-tg", "51.tax");
        for (int i = 0; i < protection.accountMaxFailures(); i++) {
            WebClient.rawJson("127.0.0.33", port, "/api/v1/auth/token", login(person.username(), "sai"));
        }
        assertThat(WebClient.rawJson("127.0.0.33", port, "/api/v1/auth/token", login(person.username(), STRONG)).body())
                .contains("auth.locked");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(WebClient.rawJson("127.0.0.33", port, "/api/v1/auth/token", login(person.username(), STRONG)).status())
                .isEqualTo(200);
    }

    @Test
    void an_address_with_too_many_failed_sign_ins_is_answered_429_for_every_account_while_other_addresses_sign_in()
            throws Exception {
        for (int i = 0; i < protection.addressMaxFailures(); i++) {
            assertThat(WebClient.rawJson("127.0.0.32", port, "/api/v1/auth/token", login("khong-co-" + i, "x")).status())
                    .isEqualTo(401);
        }
        WebClient.Raw throttled = WebClient.rawJson("127.0.0.32", port, "/api/v1/auth/token", login("bhxh", "demo"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("auth.throttled").contains("retry_after_seconds");
        assertThat(throttled.head()).containsIgnoringCase("Retry-After:");

        // the web form from that address is held back too, another address is not
        WebClient.Raw form = WebClient.raw("127.0.0.32", port, "POST", "/login",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=bhxh&password=demo".getBytes());
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.head()).contains("/login?throttled");
        assertThat(WebClient.rawJson("127.0.0.34", port, "/api/v1/auth/token", login("bhxh", "demo")).status()).isEqualTo(200);
    }

    // --- second factor ---

    @Test
    void the_administrator_gets_no_token_without_a_totp_code_nor_with_a_wrong_one() {
        Api.Response missing = api.post("/api/v1/auth/token", null, login("admin", "demo"));
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.code()).isEqualTo("auth.totp_required");

        String right = DemoTotp.code(api);
        String wrong = String.format(java.util.Locale.ROOT, "%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        Api.Response refused = api.post("/api/v1/auth/token", null,
                "{\"username\":\"admin\",\"password\":\"demo\",\"totp\":\"" + wrong + "\"}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("auth.totp_invalid");

        Api.Response accepted = api.post("/api/v1/auth/token", null,
                "{\"username\":\"admin\",\"password\":\"demo\",\"totp\":\"" + right + "\"}");
        assertThat(accepted.status()).isEqualTo(200);
    }

    @Test
    void a_code_of_the_previous_step_is_accepted_but_one_of_two_minutes_ago_is_not() {
        String previous = Totp.code(DemoProvince.TOTP_SECRET, clock.instant().minusSeconds(30));
        String old = Totp.code(DemoProvince.TOTP_SECRET, clock.instant().minusSeconds(120));
        assertThat(api.post("/api/v1/auth/token", null,
                "{\"username\":\"congan\",\"password\":\"demo\",\"totp\":\"" + previous + "\"}").status()).isEqualTo(200);
        Api.Response stale = api.post("/api/v1/auth/token", null,
                "{\"username\":\"congan\",\"password\":\"demo\",\"totp\":\"" + old + "\"}");
        assertThat(stale.code()).isEqualTo(old.equals(previous) ? null : "auth.totp_invalid");
    }

    @Test
    void totp_secrets_are_kept_encrypted_in_the_database() {
        String stored = jdbc.sql("SELECT totp_secret FROM app_user WHERE username = 'admin'").query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(DemoProvince.TOTP_SECRET);
        assertThat(api.token("admin", "demo")).startsWith("ph_");
    }

    @Test
    void a_police_officer_who_has_not_enrolled_gets_no_token_and_on_the_web_reaches_only_the_enrolment_page() {
        CurrentUser officer = newPerson("canbo-ca", "51.police");
        Api.Response refused = api.post("/api/v1/auth/token", null, login(officer.username(), STRONG));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("auth.totp_enrolment_required");

        WebClient web = new WebClient(port);
        WebClient.Page afterPassword = web.signIn(officer.username(), STRONG);
        assertThat(afterPassword.location()).endsWith("/account/totp/enrol");
        assertThat(web.get("/casework").location()).endsWith("/account/totp/enrol");
        assertThat(web.get("/").location()).endsWith("/account/totp/enrol");
        assertThat(web.get("/account/totp/enrol").body()).contains("enrol-secret").contains("enrol-mandatory");
        assertThat(web.get("/account/totp/enrol/qr.svg").body()).startsWith("<svg");
    }

    @Test
    void a_recovery_code_signs_in_once_and_never_again() {
        CurrentUser person = newPerson("phuchoi", "51.health");
        String secret = Totp.newSecret();
        List<String> codes = secondFactor.enrol(person, secret, Totp.code(secret, clock.instant()));
        assertThat(codes).hasSize(SecondFactor.RECOVERY_CODES).doesNotHaveDuplicates();

        String withRecovery = "{\"username\":\"" + person.username() + "\",\"password\":\"" + STRONG
                + "\",\"recovery_code\":\"" + codes.get(3) + "\"}";
        assertThat(api.post("/api/v1/auth/token", null, withRecovery).status()).isEqualTo(200);
        Api.Response again = api.post("/api/v1/auth/token", null, withRecovery);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.code()).isEqualTo("auth.totp_invalid");
        assertThat(secondFactor.remainingRecoveryCodes(person.id())).isEqualTo(SecondFactor.RECOVERY_CODES - 1);
        // once enrolled, even a person for whom it is optional needs the second factor
        assertThat(api.post("/api/v1/auth/token", null, login(person.username(), STRONG)).code())
                .isEqualTo("auth.totp_required");
    }

    @Test
    void moving_the_second_factor_to_a_new_phone_needs_a_code_of_the_old_one() {
        CurrentUser person = newPerson("doi-dt", "51.health");
        String secret = Totp.newSecret();
        secondFactor.enrol(person, secret, Totp.code(secret, clock.instant()));
        WebClient web = new WebClient(port);
        assertThat(web.signIn(person.username(), STRONG).location()).endsWith("/login/totp");
        web.get("/login/totp");
        assertThat(web.post("/login/totp", Map.of("code", Totp.code(secret, clock.instant()))).location()).endsWith("/");

        String page = web.get("/account/totp/enrol").body();
        assertThat(page).contains("enrol-current-code");
        String candidate = page.replaceAll("(?s).*id=\"enrol-secret\" class=\"secret\">([A-Z2-7 ]+)<.*", "$1").replace(" ", "");
        String newCode = Totp.code(candidate, clock.instant());

        assertThat(web.post("/account/totp/enrol", Map.of("code", newCode)).location()).endsWith("?current_error");
        assertThat(web.post("/account/totp/enrol", Map.of("code", newCode,
                "current_code", Totp.code(secret, clock.instant()))).body()).contains("id=\"recovery-codes\"");
        assertThat(secondFactor.verifyCode(person.id(), Totp.code(candidate, clock.instant()))).isTrue();
    }

    // --- scoped, expiring tokens ---

    @Test
    void a_scoped_token_does_what_its_scopes_allow_and_nothing_else_and_stops_when_revoked() {
        String signIn = api.token("bhxh", "demo");
        Api.Response created = api.post("/api/v1/tokens", signIn,
                "{\"name\":\"doc phat hien\",\"scopes\":[\"findings:read\"],\"expires_in_days\":30}");
        assertThat(created.status()).isEqualTo(201);
        String scoped = created.body().path("token").asString();

        assertThat(api.get("/api/v1/findings", scoped).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", scoped).status()).isEqualTo(200);
        Api.Response write = api.post("/api/v1/submissions?dataset=population", scoped, "{}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("auth.scope_missing");
        assertThat(write.body().path("details").path("required_scope").asString()).isEqualTo("exchange:submit");
        // a scoped token cannot make tokens
        assertThat(api.post("/api/v1/tokens", scoped, "{\"name\":\"x\",\"scopes\":[\"cases:write\"]}").code())
                .isEqualTo("auth.scope_missing");

        Api.Response mine = api.get("/api/v1/tokens", signIn);
        assertThat(mine.body().toString()).contains("doc phat hien").doesNotContain(scoped);
        long id = created.body().path("id").asLong();
        assertThat(api.delete("/api/v1/tokens/" + id, signIn).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/findings", scoped).code()).isEqualTo("auth.token_invalid");
    }

    @Test
    void a_scoped_token_expires_after_its_days_and_cannot_outlive_the_maximum() {
        String signIn = api.token("yte", "demo");
        String scoped = api.post("/api/v1/tokens", signIn,
                "{\"name\":\"mot ngay\",\"scopes\":[\"registry:read\"],\"expires_in_days\":1}").body().path("token").asString();
        assertThat(api.get("/api/v1/agencies", scoped).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tokens", signIn,
                "{\"name\":\"qua dai\",\"scopes\":[\"registry:read\"],\"expires_in_days\":4000}").code())
                .isEqualTo("request.invalid");

        clock.advance(Duration.ofDays(1).plusSeconds(1));

        Api.Response expired = api.get("/api/v1/agencies", scoped);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("auth.token_expired");
    }

    // --- service accounts ---

    @Test
    void a_service_account_made_by_an_administrator_works_with_its_token_only_and_is_audited_like_a_person()
            throws Exception {
        String admin = api.token("admin", "demo");
        String name = "he-thong-bhxh-" + NEXT.incrementAndGet();
        Api.Response created = api.post("/api/v1/service-accounts", admin,
                "{\"username\":\"" + name + "\",\"display_name\":\"Hệ thống BHXH\",\"agency\":\"51.social_security\",\"roles\":[\"OFFICER\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/service-accounts", api.token("bhxh", "demo"),
                "{\"username\":\"khac\",\"agency\":\"51.social_security\"}").status()).isEqualTo(403);

        String token = api.post("/api/v1/service-accounts/" + name + "/tokens", admin,
                "{\"name\":\"dong bo hang dem\",\"scopes\":[\"exchange:read\",\"registry:read\"],\"expires_in_days\":90}")
                .body().path("token").asString();
        Api.Response me = api.get("/api/v1/me", token);
        assertThat(me.body().path("username").asString()).isEqualTo(name);
        assertThat(me.body().path("agency").asString()).isEqualTo("51.social_security");
        assertThat(api.post("/api/v1/receipts/verify", token, "{\"receipt\":\"x\"}").status()).isNotIn(401, 403);

        // no password sign-in at all, by API or form
        Api.Response password = api.post("/api/v1/auth/token", null, login(name, ""));
        assertThat(password.code()).isEqualTo("auth.bad_credentials");
        WebClient web = new WebClient(port);
        assertThat(web.signIn(name, "anything").location()).endsWith("/login?error");

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = ? AND action = 'http.post'")
                .param(name).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'service_account.create' AND object_id = ? AND actor = 'admin'")
                .param(name).query(Long.class).single()).isEqualTo(1);
    }

    // --- web sessions ---

    @Test
    void signing_in_changes_the_session_id_and_a_revoked_session_is_signed_out_at_its_next_request() {
        WebClient laptop = new WebClient(port);
        laptop.get("/login");
        String before = laptop.sessionId().orElseThrow();
        assertThat(laptop.signIn("thue", "demo").location()).endsWith("/");
        assertThat(laptop.sessionId().orElseThrow()).isNotEqualTo(before);
        assertThat(laptop.get("/").status()).isEqualTo(200);

        String token = api.token("thue", "demo");
        Api.Response sessions = api.get("/api/v1/sessions", token);
        assertThat(sessions.body().size()).isGreaterThanOrEqualTo(1);
        long newest = sessions.body().get(0).path("id").asLong();
        assertThat(api.delete("/api/v1/sessions/" + newest, token).status()).isEqualTo(204);

        WebClient.Page after = laptop.get("/");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/login?revoked");
        assertThat(laptop.get("/").location()).endsWith("/login");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'auth.session_revoke' AND object_id = ?")
                .param(Long.toString(newest)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_session_idle_longer_than_the_idle_timeout_ends() {
        WebClient web = new WebClient(port);
        web.signIn("giaoduc", "demo");
        assertThat(web.get("/").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(31));

        assertThat(web.get("/").location()).endsWith("/login?expired");
    }

    @Test
    void a_session_ends_at_the_absolute_timeout_even_while_it_is_in_use() {
        WebClient web = new WebClient(port);
        web.signIn("noivu", "demo");
        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(web.get("/").status()).as("after %d minutes", minutes).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(web.get("/").location()).endsWith("/login?expired");
    }

    @Test
    void the_second_factor_step_of_the_web_changes_the_session_id_again() {
        WebClient web = new WebClient(port);
        assertThat(web.signIn("admin", "demo").location()).endsWith("/login/totp");
        String pending = web.sessionId().orElseThrow();
        assertThat(web.get("/registry").location()).endsWith("/login/totp");
        web.get("/login/totp");
        assertThat(web.post("/login/totp", Map.of("code", DemoTotp.code(api))).location()).endsWith("/");
        assertThat(web.sessionId().orElseThrow()).isNotEqualTo(pending);
        WebClient.Page home = web.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"welcome\"");
    }

    // --- hardening ---

    @Test
    void a_form_post_without_the_csrf_token_is_refused() {
        WebClient web = new WebClient(port);
        web.signIn("ldld", "demo");
        assertThat(web.post("/registry/notifications/read", Map.of(), false).status()).isEqualTo(403);
        web.get("/registry/notifications");
        assertThat(web.post("/registry/notifications/read", Map.of()).status()).isEqualTo(302);
    }

    @Test
    void pages_and_api_answers_carry_the_security_headers() {
        WebClient.Page login = new WebClient(port).get("/login");
        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'").doesNotContain("unsafe-inline");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(login.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
        // HSTS only over TLS (a browser ignores it on plain HTTP)
        assertThat(login.header("Strict-Transport-Security")).isNull();

        WebClient.Page health = new WebClient(port).get("/api/v1/health");
        assertThat(health.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_request_announcing_a_body_over_the_upload_limit_is_refused_before_it_is_read() throws Exception {
        String token = api.token("taichinh", "demo");
        WebClient.Raw refused = WebClient.raw("127.0.0.35", port, "POST", "/api/v1/submissions?dataset=business_registry",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=x",
                        "Content-Length", Long.toString(3L * 1024 * 1024 * 1024)), new byte[0]);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("request.too_large").contains("limit_bytes");
    }
}
