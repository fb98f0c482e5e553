package vn.phoihop.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.casework.internal.CaseworkApiTest.deadline;
import static vn.phoihop.casework.internal.CaseworkApiTest.due;
import static vn.phoihop.casework.internal.CaseworkApiTest.kinds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;

/**
 * The deadline variants and extensions of legal.md as data: complaints (Luật Khiếu nại Điều 28,
 * 37), denunciations (Luật Tố cáo Điều 30), crime reports (BLTTHS Điều 147); and escalation of
 * an overdue deadline to a named supervisor.
 */
@IntegrationTest
class DeadlineVariantsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseService cases;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    JsonNode open(Api api, String token, String type) {
        return api.post("/api/v1/cases", token, "{\"type\": \"" + type + "\", \"title\": \"Vụ việc " + type + "\"}")
                .body();
    }

    JsonNode classify(Api api, String token, long id, String json) {
        return api.post("/api/v1/cases/" + id + "/deadline-factors", token, json).body();
    }

    @Test
    void a_complaint_takes_30_45_60_or_70_days_by_complexity_remoteness_and_a_second_attempt() {
        Api api = new Api(port);
        String bhxh = api.token("bhxh", "demo");
        long id = open(api, bhxh, "complaint").path("id").asLong();
        String[][] cases = {
            {"{\"complexity\": \"normal\", \"remote_area\": false, \"attempt\": 1", "30", "Điều 28 khoản 1"},
            {"{\"complexity\": \"complex\", \"remote_area\": false, \"attempt\": 1", "45", "Điều 28 khoản 1"},
            {"{\"complexity\": \"normal\", \"remote_area\": true, \"attempt\": 1", "45", "Điều 28 khoản 2"},
            {"{\"complexity\": \"complex\", \"remote_area\": true, \"attempt\": 1", "60", "Điều 28 khoản 2"},
            {"{\"complexity\": \"normal\", \"remote_area\": false, \"attempt\": 2", "45", "Điều 37"},
            {"{\"complexity\": \"complex\", \"remote_area\": false, \"attempt\": 2", "60", "Điều 37"},
            {"{\"complexity\": \"normal\", \"remote_area\": true, \"attempt\": 2", "60", "Điều 37"},
            {"{\"complexity\": \"very_complex\", \"remote_area\": true, \"attempt\": 2", "70", "Điều 37"},
        };
        for (String[] c : cases) {
            JsonNode file = classify(api, bhxh, id, c[0] + ", \"reason\": \"phân loại\"}");
            assertThat(due(file, "complaint.resolve")).as(c[0]).isEqualTo(today().plusDays(Integer.parseInt(c[1])));
            assertThat(deadline(file, "complaint.resolve").path("article").asString()).as(c[0]).contains(c[2]);
            assertThat(due(file, "complaint.accept")).as("acceptance has no variant").isEqualTo(today().plusDays(10));
        }
        JsonNode last = api.get("/api/v1/cases/" + id, bhxh).body();
        assertThat(last.path("complexity").asString()).isEqualTo("very_complex");
        assertThat(last.path("attempt").asInt()).isEqualTo(2);
        assertThat(kinds(last)).contains("classified");
        assertThat(api.post("/api/v1/cases/" + id + "/deadlines/complaint.resolve/extend", bhxh,
                "{\"amount\": 10, \"reason\": \"cần thêm thời gian\"}").code())
                .as("the Law on Complaints sets longer periods, never an extension")
                .isEqualTo("casework.extension_not_allowed");
        assertThat(api.post("/api/v1/cases/" + id + "/deadline-factors", bhxh, "{\"complexity\": \"complex\"}").code())
                .isEqualTo("casework.reason_required");
        assertThat(api.post("/api/v1/cases/" + id + "/deadline-factors", bhxh,
                "{\"complexity\": \"huge\", \"reason\": \"x\"}").code()).isEqualTo("request.invalid");
    }

    @Test
    void a_denunciation_is_extended_once_when_complex_twice_when_very_complex_by_at_most_30_days() {
        Api api = new Api(port);
        String bhxh = api.token("bhxh", "demo");
        long id = open(api, bhxh, "denunciation").path("id").asLong();
        String extend = "/api/v1/cases/" + id + "/deadlines/denunciation.resolve/extend";
        assertThat(api.post(extend, bhxh, "{\"amount\": 30, \"reason\": \"r\"}").code())
                .as("an ordinary denunciation is not extended").isEqualTo("casework.extension_not_allowed");
        classify(api, bhxh, id, "{\"complexity\": \"complex\", \"reason\": \"phức tạp\"}");
        assertThat(api.post(extend, bhxh, "{\"amount\": 31, \"reason\": \"r\"}").code())
                .isEqualTo("request.invalid");
        assertThat(due(api.post(extend, bhxh, "{\"amount\": 30, \"reason\": \"lần 1\"}").body(),
                "denunciation.resolve")).isEqualTo(today().plusDays(60));
        assertThat(api.post(extend, bhxh, "{\"amount\": 30, \"reason\": \"lần 2\"}").code())
                .as("complex: once").isEqualTo("casework.extension_not_allowed");
        JsonNode very = classify(api, bhxh, id, "{\"complexity\": \"very_complex\", \"reason\": \"đặc biệt phức tạp\"}");
        assertThat(due(very, "denunciation.resolve")).as("reclassifying keeps the extension granted")
                .isEqualTo(today().plusDays(60));
        JsonNode twice = api.post(extend, bhxh, "{\"amount\": 20, \"reason\": \"lần 2\"}").body();
        assertThat(due(twice, "denunciation.resolve")).isEqualTo(today().plusDays(80));
        assertThat(deadline(twice, "denunciation.resolve").path("extensions").asInt()).isEqualTo(2);
        assertThat(api.post(extend, bhxh, "{\"amount\": 1, \"reason\": \"lần 3\"}").code())
                .as("very complex: twice").isEqualTo("casework.extension_not_allowed");
        assertThat(jdbc.sql("SELECT count(*) FROM case_deadline_extension WHERE case_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_complex_crime_report_takes_two_months_and_the_procuracy_may_extend_it_once_by_two_months() {
        Api api = new Api(port);
        String bhxh = api.token("bhxh", "demo");
        long id = open(api, bhxh, "crime_report").path("id").asLong();
        assertThat(due(api.get("/api/v1/cases/" + id, bhxh).body(), "crime_report.resolve"))
                .isEqualTo(today().plusDays(20));
        JsonNode complex = classify(api, bhxh, id, "{\"complexity\": \"complex\", \"reason\": \"nhiều địa điểm\"}");
        assertThat(due(complex, "crime_report.resolve")).isEqualTo(today().plusMonths(2));
        assertThat(deadline(complex, "crime_report.resolve").path("article").asString()).contains("Điều 147 khoản 2");
        String extend = "/api/v1/cases/" + id + "/deadlines/crime_report.resolve/extend";
        assertThat(api.post(extend, bhxh, "{\"amount\": 3, \"reason\": \"VKS\"}").code())
                .isEqualTo("request.invalid");
        assertThat(due(api.post(extend, bhxh, "{\"amount\": 2, \"reason\": \"Quyết định gia hạn của VKS\"}").body(),
                "crime_report.resolve")).isEqualTo(today().plusMonths(2).plusMonths(2));
        assertThat(api.post(extend, bhxh, "{\"amount\": 1, \"reason\": \"lần 2\"}").code())
                .isEqualTo("casework.extension_not_allowed");
    }

    @Test
    void an_overdue_deadline_is_escalated_to_a_named_lead_of_the_agency_not_to_the_officer_on_the_case() {
        Api api = new Api(port);
        String bhxh = api.token("bhxh", "demo");
        long id = open(api, bhxh, "denunciation").path("id").asLong();
        api.post("/api/v1/cases/" + id + "/assign", bhxh, "{\"officer\": \"bhxh\"}");
        jdbc.sql("UPDATE case_deadline SET due_on = ? WHERE case_id = ? AND rule_code = 'denunciation.handle'")
                .params(today().minusDays(1), id).update();
        assertThat(cases.escalateOverdue()).isGreaterThanOrEqualTo(1);
        JsonNode escalated = api.get("/api/v1/cases/" + id, bhxh).body();
        assertThat(escalated.path("escalated_to").asString()).isEqualTo("bhxh.lanhdao");
        assertThat(deadline(escalated, "denunciation.handle").path("escalated_to").asString())
                .isEqualTo("bhxh.lanhdao");
        assertThat(escalated.path("timeline").toString()).contains("Trần Văn Minh");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification n JOIN agency a ON a.id = n.agency_id
                WHERE a.code = '51.social_security' AND n.kind = 'case_overdue' AND n.link = ?
                  AND n.message_vi LIKE '%bhxh.lanhdao%'""").param("/casework/cases/" + id).query(Long.class)
                .single()).isEqualTo(1);

        String lead = api.token("bhxh.lanhdao", "demo");
        assertThat(api.get("/api/v1/cases/" + id, lead).body().path("escalated_to").asString())
                .as("the lead can open the case escalated to them").isEqualTo("bhxh.lanhdao");
        assertThat(api.get("/api/v1/cases?escalated_to_me=true", lead).body().toString())
                .as("the lead's own list").contains("\"id\":" + id + ",");
        assertThat(api.get("/api/v1/cases?escalated_to_me=true", bhxh).body().toString())
                .as("not the officer's").doesNotContain("\"id\":" + id + ",");
    }
}
