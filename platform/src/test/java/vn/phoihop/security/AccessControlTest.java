package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.casework.Cases;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.RoleAssignments;

/**
 * Access by jurisdiction, legal basis and classification, tried over HTTP: identifiers masked for
 * agencies without a basis, another province's user kept out of province 51 (insecure direct
 * object references), classified cases hidden, escaping of hostile text in pages, quotes in
 * filters, and the audit of personal-data reads.
 */
@IntegrationTest
class AccessControlTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    @Autowired
    RoleAssignments roles;

    @Autowired
    UserAccounts users;

    @Autowired
    Cases cases;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        AccessFixtures.otherProvince(agencies, roles, users);
    }

    @Test
    void an_agency_without_a_legal_basis_sees_a_population_finding_with_identifiers_masked() {
        long id = AccessFixtures.plantedFinding(jdbc, "POP-MISMATCH", "051090009999");
        JsonNode masked = api.get("/api/v1/findings/" + id, api.token("congan", "demo")).body();
        assertThat(masked.path("personal_data").asString()).isEqualTo("masked");
        assertThat(masked.path("subject").asString()).isEqualTo("0510*****999");
        assertThat(masked.path("evidence").get(0).path("personal_id").asString()).isEqualTo("0510*****234");
        assertThat(masked.path("evidence").get(0).path("full_name").asString()).isEqualTo("N***** V** T**");
        assertThat(masked.path("evidence").get(0).path("birth_date").asString()).isEqualTo("1990-**-**");
        assertThat(masked.toString()).doesNotContain(AccessFixtures.PERSON).doesNotContain("Nguyễn Văn Thử")
                .doesNotContain("051090009999");

        String bhxh = api.token("bhxh", "demo");
        JsonNode identified = api.get("/api/v1/findings/" + id, bhxh).body();
        assertThat(identified.path("personal_data").asString()).isEqualTo("identified");
        assertThat(identified.path("personal_data_basis").asString()).contains("Điều 30.3");
        assertThat(identified.toString()).contains(AccessFixtures.PERSON).contains("Nguyễn Văn Thử");
        JsonNode reads = api.get("/api/v1/audit/events?actor=bhxh&action=personal_data.read&object_id=" + id,
                api.token("admin", "demo")).body();
        assertThat(reads.path("total").asLong()).as("the identified read is audited").isEqualTo(1);
        assertThat(api.get("/api/v1/audit/events?actor=congan&action=personal_data.read&object_id=" + id,
                api.token("admin", "demo")).body().path("total").asLong()).as("a masked read is not personal data")
                .isZero();
    }

    @Test
    void a_user_of_another_province_cannot_reach_province_51_by_id_or_by_list() {
        String other = api.token(AccessFixtures.OTHER_PROVINCE_USER, "demo");
        long finding = AccessFixtures.plantedFinding(jdbc, "POP-MISMATCH", "IDOR-" + System.nanoTime());
        long caseId = cases.open("arrears", "IDOR case", "IDOR-UNIT", "51", "51.social_security", "test");
        String submission = jdbc.sql("""
                SELECT CAST(id AS VARCHAR) FROM exchange_submission WHERE province_code = '51' LIMIT 1""")
                .query(String.class).single();
        long run = jdbc.sql("SELECT max(id) FROM reconcile_run WHERE province_code = '51'").query(Long.class).single();

        assertThat(api.get("/api/v1/findings/" + finding, other).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/findings/" + finding + "/verify", other,
                "{\"decision\": \"dismissed\", \"note\": \"x\"}").status()).isEqualTo(403);
        Api.Response caseFile = api.get("/api/v1/cases/" + caseId, other);
        assertThat(caseFile.status()).isEqualTo(403);
        assertThat(caseFile.code()).isEqualTo("access.out_of_jurisdiction");
        assertThat(api.get("/api/v1/submissions/" + submission, other).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/submissions/" + submission + "/file", other).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reconcile/runs/" + run, other).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reconcile/runs?province=51", other).code())
                .isEqualTo("access.out_of_jurisdiction");
        assertThat(api.post("/api/v1/cases", other,
                "{\"type\": \"arrears\", \"title\": \"x\", \"province\": \"51\"}").status()).isEqualTo(403);

        JsonNode inbox = api.get("/api/v1/findings", other).body();
        assertThat(inbox.path("items").toString()).doesNotContain("\"province\":\"51\"");
        assertThat(api.get("/api/v1/cases", other).body().toString()).doesNotContain("IDOR case");
        assertThat(api.get("/api/v1/submissions", other).body().toString()).doesNotContain(submission);
        JsonNode person = api.get("/api/v1/persons/" + AccessFixtures.PERSON, other).body();
        assertThat(person.path("rows").size()).as("social security of 01 sees only what 01 holds").isZero();
        assertThat(person.path("findings").size()).isZero();
    }

    @Test
    void a_commune_level_officer_does_not_see_province_wide_data() throws Exception {
        if (!users.exists("bhxh.xa")) {
            users.createDemoAccount(new UserAccounts.NewUser("bhxh.xa", "Cán bộ BHXH cấp xã", "demo", "51.social_security",
                    java.util.Set.of(Role.OFFICER)), null);
        }
        assertThat(put("/api/v1/users/bhxh.xa/access", api.token("admin", "demo"),
                "{\"clearance\": \"thuong\", \"commune\": \"21013\"}")).isEqualTo(200);
        String xa = api.token("bhxh.xa", "demo");
        assertThat(api.get("/api/v1/findings", xa).body().path("total").asLong()).isZero();
        assertThat(api.get("/api/v1/reconcile/runs?province=51", xa).code()).isEqualTo("access.out_of_jurisdiction");
        assertThat(api.get("/api/v1/findings", api.token("bhxh", "demo")).body().path("total").asLong())
                .as("the province officer still sees the province").isPositive();
        assertThat(new WebSession(port, "bhxh.xa").get("/security").html()).contains("21013");
    }

    @Test
    void a_classified_case_is_hidden_from_those_not_cleared_as_if_it_did_not_exist() throws Exception {
        if (!users.exists("bhxh.thuong")) {
            users.createDemoAccount(new UserAccounts.NewUser("bhxh.thuong", "Cán bộ chưa được cấp phép", "demo",
                    "51.social_security", java.util.Set.of(Role.OFFICER)), null);
        }
        String admin = api.token("admin", "demo");
        String bhxh = api.token("bhxh", "demo");
        String uncleared = api.token("bhxh.thuong", "demo");
        long caseId = cases.open("fraud", "Vụ việc mật " + System.nanoTime(), "UNIT-SECRET", "51",
                "51.social_security", "test");
        assertThat(api.post("/api/v1/cases/" + caseId + "/classification", bhxh, "{\"classification\": \"mat\"}")
                .code()).as("not above one's own clearance").isEqualTo("access.not_cleared");
        try {
            assertThat(put("/api/v1/users/bhxh/access", admin, "{\"clearance\": \"mat\"}")).isEqualTo(200);
            assertThat(api.post("/api/v1/cases/" + caseId + "/classification", bhxh,
                    "{\"classification\": \"mat\"}").body().path("classification").asString()).isEqualTo("mat");
            assertThat(api.get("/api/v1/cases/" + caseId, bhxh).status()).isEqualTo(200);
            Api.Response hidden = api.get("/api/v1/cases/" + caseId, uncleared);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.body().toString()).doesNotContain("mật");
            assertThat(api.get("/api/v1/cases", uncleared).body().toString()).doesNotContain("\"id\":" + caseId + ",");
            assertThat(api.get("/api/v1/cases", bhxh).body().toString()).contains("\"id\":" + caseId + ",");
            assertThat(api.post("/api/v1/cases/" + caseId + "/actions/accept", uncleared, "{}").status())
                    .isEqualTo(404);
            assertThat(new WebSession(port, "bhxh.thuong").get("/casework/cases/" + caseId).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/audit/events?action=case.classify&object_id=" + caseId, admin).body()
                    .path("total").asLong()).isEqualTo(1);
        } finally {
            put("/api/v1/users/bhxh/access", admin, "{\"clearance\": \"thuong\"}");
        }
    }

    @Test
    void the_public_portal_does_not_show_a_classified_case_or_a_police_investigation() {
        Api.Response filed = api.post("/api/v1/public/complaints", null, "{\"kind\": \"denunciation\", "
                + "\"topic\": \"social_insurance\", \"province\": \"51\", \"name\": \"Người tố cáo\", "
                + "\"text\": \"Đơn vị X trốn đóng\"}");
        if (filed.status() == 429) {
            return; // the public form's own rate limit was reached by other tests of this address
        }
        String code = filed.body().path("tracking_code").asString();
        long caseId = jdbc.sql("SELECT id FROM case_file WHERE tracking_code = ?").param(code).query(Long.class)
                .single();
        jdbc.sql("UPDATE case_file SET state = 'investigating' WHERE id = ?").param(caseId).update();
        JsonNode investigating = api.get("/api/v1/public/complaints/" + code, null).body();
        assertThat(investigating.path("state").asString()).isEqualTo("in_progress");
        jdbc.sql("UPDATE case_file SET classification = 'mat' WHERE id = ?").param(caseId).update();
        JsonNode classified = api.get("/api/v1/public/complaints/" + code, null).body();
        assertThat(classified.path("state").asString()).isEqualTo("in_progress");
        assertThat(classified.has("agency")).isFalse();
        assertThat(classified.has("deadlines")).isFalse();
    }

    @Test
    void hostile_text_in_findings_and_cases_comes_back_escaped_in_pages() throws Exception {
        String script = "<script>alert('xss')</script>";
        long finding = AccessFixtures.plantedFinding(jdbc, "POP-MISMATCH", "XSS-" + System.nanoTime());
        jdbc.sql("UPDATE finding SET detail = ? WHERE id = ?").params("Chi tiết " + script, finding).update();
        String bhxh = api.token("bhxh", "demo");
        long caseId = api.post("/api/v1/cases", bhxh, "{\"type\": \"complaint\", \"title\": \"Đơn " + script.replace(
                "'", "\\u0027") + "\", \"subject\": \"" + script.replace("'", "\\u0027") + "\"}").body().path("id")
                .asLong();
        WebSession session = new WebSession(port, "bhxh");
        for (String path : new String[] {"/casework/findings/" + finding, "/casework/cases/" + caseId, "/casework"}) {
            WebSession.Page page = session.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.html()).as(path).doesNotContain(script).contains("&lt;script&gt;");
        }
    }

    @Test
    void quotes_and_wildcards_in_filters_are_data_not_sql() {
        String admin = api.token("admin", "demo");
        for (String filter : new String[] {"actor=%27%20OR%20%271%27%3D%271", "action=%25%27%20OR%201%3D1%20--",
                "object_id=1%3B%20DROP%20TABLE%20audit_event%3B%20--", "agency=%27%29%20OR%20TRUE%20--"}) {
            Api.Response response = api.get("/api/v1/audit/events?" + filter, admin);
            assertThat(response.status()).as(filter).isEqualTo(200);
            assertThat(response.body().path("total").asLong()).as(filter).isZero();
        }
        assertThat(api.get("/api/v1/audit/events?action=%25", admin).body().path("total").asLong())
                .as("a % is a literal character, not a wildcard").isZero();
        String bhxh = api.token("bhxh", "demo");
        Api.Response findings = api.get("/api/v1/findings?rule=%27%20OR%201%3D1%20--", bhxh);
        assertThat(findings.status()).isEqualTo(200);
        assertThat(findings.body().path("total").asLong()).isZero();
        assertThat(api.get("/api/v1/submissions?dataset=%27%20OR%20%271%27%3D%271", bhxh).body().size()).isZero();
        assertThat(api.get("/api/v1/persons/%27%20OR%201%3D1", bhxh).status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isPositive();
    }

    @Test
    void inspectors_export_the_audit_as_csv_and_xlsx_and_the_export_is_audited() throws Exception {
        String admin = api.token("admin", "demo");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/audit/events.csv?action=user.create")).header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFseq,occurred_at,actor,agency,action").contains("user.create");
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/audit/events.xlsx?action=user.create")).header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("action");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(csv.body().lines().count() - 1);
        }
        assertThat(api.get("/api/v1/audit/events?action=audit.export", admin).body().path("total").asLong())
                .isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/v1/audit/events", api.token("bhxh", "demo")).status()).isEqualTo(403);
    }

    @Test
    void records_of_basis_and_retention_cannot_be_deleted_in_the_database() {
        jdbc.sql("INSERT INTO retention_run (at, dry_run, actor, results) VALUES (now(), TRUE, 'test', '[]')").update();
        jdbc.sql("""
                INSERT INTO police_access_request (person_id, purpose, legal_basis, period_from, period_to,
                    province_code, agency_code, requested_by, requested_at, status)
                VALUES ('051090001234', 'x', 'y', DATE '2026-01-01', DATE '2026-01-02', '51', '51.police', 'congan',
                    now(), 'pending')""").update();
        jdbc.sql("""
                INSERT INTO data_breach (agency_code, detected_at, registered_at, registered_by, description,
                    notify_due_at, status) VALUES ('51.social_security', now(), now(), 'test', 'x', now(), 'open')""")
                .update();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM police_access_request").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE retention_run SET actor = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM data_breach").update()).hasMessageContaining("append-only");
    }

    int put(String path, String token, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
