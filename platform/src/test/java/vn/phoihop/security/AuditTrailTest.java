package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;

@IntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TransactionTemplate transactions;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void every_login_success_and_failure_is_an_audit_event() {
        long before = count("auth.login");
        api.token("yte", "demo");
        api.post("/api/v1/auth/token", null, "{\"username\":\"yte\",\"password\":\"nope\"}");
        assertThat(count("auth.login")).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT outcome FROM audit_event WHERE action = 'auth.login' ORDER BY seq DESC LIMIT 2")
                .query(String.class).list()).containsExactly("failure", "success");
    }

    @Test
    void a_state_changing_request_is_audited_with_who_and_outcome() {
        String token = api.token("giaoduc", "demo");
        long before = count("http.post");
        api.post("/api/v1/anything", token, "{}");
        assertThat(count("http.post")).isEqualTo(before + 1);
        var last = jdbc.sql("SELECT actor, agency, object_id, outcome FROM audit_event WHERE action = 'http.post' "
                + "ORDER BY seq DESC LIMIT 1").query().singleRow();
        assertThat(last).containsEntry("actor", "giaoduc").containsEntry("agency", "51.education")
                .containsEntry("object_id", "/api/v1/anything").containsEntry("outcome", "failure");
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_audit_event() {
        api.token("ldld", "demo");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.sql("UPDATE audit_event SET actor = 'someone' WHERE seq = 1").update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.sql("DELETE FROM audit_event WHERE seq = 1").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void only_an_administrator_may_verify_the_chain() {
        Api.Response officer = api.get("/api/v1/audit/verify", api.token("bhxh", "demo"));
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.code()).isEqualTo("access.denied");
    }

    @Test
    void verification_passes_on_an_intact_chain_and_names_the_first_tampered_event() {
        String admin = api.token("admin", "demo");
        Api.Response intact = api.get("/api/v1/audit/verify", admin);
        assertThat(intact.status()).isEqualTo(200);
        assertThat(intact.body().path("ok").asBoolean()).isTrue();
        assertThat(intact.body().path("events").asLong()).isPositive();
        assertThat(intact.body().path("first_broken").isNull()).isTrue();

        long victim = jdbc.sql("SELECT min(seq) FROM audit_event WHERE action = 'user.create'").query(Long.class).single();
        String original = jdbc.sql("SELECT details FROM audit_event WHERE seq = ?").param(victim).query(String.class).single();
        tamper(victim, original + " roles=[ADMIN]");
        try {
            Api.Response broken = api.get("/api/v1/audit/verify", admin);
            assertThat(broken.body().path("ok").asBoolean()).isFalse();
            assertThat(broken.body().path("first_broken").asLong()).isEqualTo(victim);
        } finally {
            tamper(victim, original);
        }
        assertThat(api.get("/api/v1/audit/verify", admin).body().path("ok").asBoolean()).isTrue();
    }

    /** What an attacker with superuser rights could do: switch the trigger off and rewrite a row. */
    private void tamper(long seq, String details) {
        transactions.executeWithoutResult(status -> {
            jdbcTemplate.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update");
            jdbcTemplate.update("UPDATE audit_event SET details = ? WHERE seq = ?", details, seq);
            jdbcTemplate.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update");
        });
    }

    private long count(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ?").param(action).query(Long.class).single();
    }
}
