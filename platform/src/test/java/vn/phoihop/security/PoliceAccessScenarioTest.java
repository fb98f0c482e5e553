package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;

/**
 * The "Done when" of issue #7, tried as a new user would: taichinh cannot open a population
 * finding or act on it; congan cannot read an insured person's record until social security
 * approves a request, then only that record and only until it expires; every read is audited and
 * the audit chain verifies.
 */
@IntegrationTest
class PoliceAccessScenarioTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void finance_cannot_open_or_act_on_a_population_finding() {
        long pop = AccessFixtures.plantedFinding(jdbc, "POP-MISMATCH", "SCENARIO-POP-" + System.nanoTime());
        String taichinh = api.token("taichinh", "demo");
        Api.Response open = api.get("/api/v1/findings/" + pop, taichinh);
        assertThat(open.status()).isEqualTo(403);
        assertThat(open.body().toString()).doesNotContain(AccessFixtures.PERSON).doesNotContain("Nguyễn Văn Thử");
        assertThat(api.post("/api/v1/findings/" + pop + "/verify", taichinh,
                "{\"decision\": \"dismissed\", \"note\": \"x\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/findings?rule=POP-MISMATCH", taichinh).body().path("total").asLong()).isZero();
        assertThat(jdbc.sql("SELECT status FROM finding WHERE id = ?").param(pop).query(String.class).single())
                .isEqualTo("open");
    }

    @Test
    void police_read_an_insured_persons_record_only_through_an_approved_request_until_it_expires() {
        String person = jdbc.sql("""
                SELECT subject FROM finding WHERE province_code = '51' AND rule = 'STUDENT-NO-CARD' LIMIT 1""")
                .query(String.class).single();
        String other = jdbc.sql("""
                SELECT subject FROM finding WHERE province_code = '51' AND rule = 'CHILD-NO-CARD' LIMIT 1""")
                .query(String.class).single();
        String congan = api.token("congan", "demo");
        String bhxh = api.token("bhxh", "demo");
        String taichinh = api.token("taichinh", "demo");

        Api.Response before = api.get("/api/v1/persons/" + person, congan);
        assertThat(before.status()).isEqualTo(403);
        assertThat(before.code()).isEqualTo("access.no_legal_basis");

        Api.Response filed = api.post("/api/v1/access-requests", congan, """
                {"person_id": "%s", "purpose": "Xác minh hồ sơ gian lận BHYT", "legal_basis": "BLTTHS 2015 Điều 88",
                 "period_from": "2025-01-01", "period_to": "2026-06-30"}""".formatted(person));
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        assertThat(filed.body().path("status").asString()).isEqualTo("pending");
        long request = filed.body().path("id").asLong();
        assertThat(api.get("/api/v1/persons/" + person, congan).status()).as("pending is not approved").isEqualTo(403);

        assertThat(api.post("/api/v1/access-requests/" + request + "/approve", congan, "{}").status())
                .as("the police cannot approve their own request").isEqualTo(403);
        assertThat(api.post("/api/v1/access-requests/" + request + "/approve", taichinh, "{}").status())
                .isEqualTo(403);
        Api.Response approved = api.post("/api/v1/access-requests/" + request + "/approve", bhxh,
                "{\"note\": \"đủ căn cứ\"}");
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.body().path("status").asString()).isEqualTo("approved");
        assertThat(approved.body().path("valid_until").asString()).isNotBlank();
        assertThat(api.post("/api/v1/access-requests/" + request + "/deny", bhxh, "{\"note\": \"x\"}").code())
                .isEqualTo("access.request_decided");

        Api.Response record = api.get("/api/v1/persons/" + person, congan);
        assertThat(record.status()).as(record.body().toString()).isEqualTo(200);
        assertThat(record.body().path("basis").asString()).contains("7.1.đ").contains("#" + request);
        JsonNode rows = record.body().path("rows");
        assertThat(rows.size()).as("the students dataset names the person").isPositive();
        assertThat(rows.toString()).contains(person).contains("students");
        assertThat(record.body().path("findings").toString()).contains("STUDENT-NO-CARD");

        assertThat(api.get("/api/v1/persons/" + other, congan).status()).as("only that record").isEqualTo(403);
        assertThat(api.get("/api/v1/persons/" + person, taichinh).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/persons/" + person, bhxh).status()).as("social security's own basis")
                .isEqualTo(200);

        clock.advance(Duration.ofDays(31));
        try {
            String later = api.token("congan", "demo"); // tokens expire sooner than approvals
            Api.Response expired = api.get("/api/v1/persons/" + person, later);
            assertThat(expired.status()).as("expired").isEqualTo(403);
            assertThat(expired.code()).isEqualTo("access.no_legal_basis");
            assertThat(api.get("/api/v1/access-requests/" + request, later).body().path("status").asString())
                    .isEqualTo("expired");
        } finally {
            clock.advance(Duration.ofDays(-31));
        }

        String admin = api.token("admin", "demo");
        JsonNode reads = api.get("/api/v1/audit/events?actor=congan&action=person.read&object_id=" + person, admin)
                .body().path("items");
        assertThat(reads.size()).as("every read, allowed or not, is in the audit").isEqualTo(4);
        assertThat(reads.toString()).contains("\"outcome\":\"success\"").contains("\"outcome\":\"denied\"");
        assertThat(api.get("/api/v1/audit/events?actor=congan&action=person.read&object_id=" + other, admin)
                .body().path("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/audit/events?action=access_request.approve&object_id=" + request, admin)
                .body().path("total").asLong()).isEqualTo(1);
        JsonNode verify = api.get("/api/v1/audit/verify", admin).body();
        assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
    }

    @Test
    void a_request_needs_person_purpose_basis_and_period_and_only_the_police_file_one() {
        String congan = api.token("congan", "demo");
        Api.Response bad = api.post("/api/v1/access-requests", congan,
                "{\"person_id\": \"12ab\", \"purpose\": \"\", \"period_from\": \"2026-02-01\", \"period_to\": \"2026-01-01\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("details").toString()).contains("person_id").contains("purpose")
                .contains("legal_basis").contains("period_to");
        String bhxh = api.token("bhxh", "demo");
        assertThat(api.post("/api/v1/access-requests", bhxh, """
                {"person_id": "051090007777", "purpose": "x", "legal_basis": "y",
                 "period_from": "2026-01-01", "period_to": "2026-01-02"}""").status()).isEqualTo(403);
        Api.Response denied = api.post("/api/v1/access-requests", congan, """
                {"person_id": "051090007777", "purpose": "x", "legal_basis": "y",
                 "period_from": "2026-01-01", "period_to": "2026-01-02"}""");
        long id = denied.body().path("id").asLong();
        assertThat(api.post("/api/v1/access-requests/" + id + "/deny", bhxh, "{}").code())
                .as("a denial needs a reason").isEqualTo("casework.reason_required");
        assertThat(api.post("/api/v1/access-requests/" + id + "/deny", bhxh, "{\"note\": \"không đủ căn cứ\"}")
                .body().path("status").asString()).isEqualTo("denied");
        assertThat(api.get("/api/v1/persons/051090007777", congan).status()).isEqualTo(403);
    }
}
