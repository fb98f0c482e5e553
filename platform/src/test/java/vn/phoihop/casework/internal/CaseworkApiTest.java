package vn.phoihop.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.registry.WorkingDays;

@IntegrationTest
class CaseworkApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CaseService cases;

    @Autowired
    Clock clock;

    @Autowired
    PublicComplaints publicComplaints;

    Api api() {
        return new Api(port);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    long openFinding(String rule) {
        return jdbc.sql("SELECT id FROM finding WHERE rule = ? AND status = 'open' ORDER BY id LIMIT 1")
                .param(rule).query(Long.class).single();
    }

    @Test
    void the_demo_reconciliation_recorded_its_inputs_and_a_new_run_keeps_identities_and_resolves_what_disappeared()
            throws Exception {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        JsonNode runs = api.get("/api/v1/reconcile/runs?province=51", bhxh).body();
        assertThat(runs.size()).isPositive();
        JsonNode demo = runs.get(runs.size() - 1);
        assertThat(demo.path("status").asString()).isEqualTo("succeeded");
        assertThat(demo.path("as_of").asString()).isEqualTo("2026-06-30");
        assertThat(demo.path("dataset_versions").size()).isEqualTo(17);
        assertThat(demo.path("dataset_versions").get(0).path("version").asInt()).isPositive();
        assertThat(demo.path("parameters").size()).isPositive();
        assertThat(demo.path("engine_version").asString()).contains("17 rules");
        assertThat(demo.path("findings").asLong()).isPositive();

        long confirmedId = openFinding("ARREARS-LATE");
        assertThat(api.post("/api/v1/findings/" + confirmedId + "/verify", bhxh,
                "{\"decision\": \"confirmed\", \"note\": \"đã kiểm tra\"}").status()).isEqualTo(200);
        jdbc.sql("""
                INSERT INTO finding (province_code, rule, subject, detail, evidence, status, first_run_id, last_run_id)
                VALUES ('51', 'POP-NOT-FOUND', 'GONE-SUBJECT', 'đã biến mất', '[]', 'open', ?, ?)""")
                .params(demo.path("id").asLong(), demo.path("id").asLong()).update();

        Api.Response started = api.post("/api/v1/reconcile/runs?province=51&as_of=2026-06-30", bhxh, "");
        assertThat(started.status()).isEqualTo(202);
        long runId = started.body().path("id").asLong();
        JsonNode run = started.body();
        for (int i = 0; i < 600 && !List.of("succeeded", "failed").contains(run.path("status").asString()); i++) {
            Thread.sleep(200);
            run = api.get("/api/v1/reconcile/runs/" + runId, bhxh).body();
            assertThat(run.path("progress_pct").asInt()).isBetween(0, 100);
        }
        assertThat(run.path("status").asString()).isEqualTo("succeeded");
        assertThat(run.path("new_findings").asLong()).isZero();
        assertThat(run.path("resolved_by_data").asLong()).isEqualTo(1);
        assertThat(run.path("findings").asLong()).isEqualTo(demo.path("findings").asLong());

        JsonNode kept = api.get("/api/v1/findings/" + confirmedId, bhxh).body();
        assertThat(kept.path("status").asString()).isEqualTo("confirmed");
        assertThat(kept.path("last_run_id").asLong()).isEqualTo(runId);
        assertThat(jdbc.sql("SELECT status FROM finding WHERE subject = 'GONE-SUBJECT'").query(String.class).single())
                .isEqualTo("resolved_by_data");
    }

    @Test
    void the_demo_shows_verified_cases_a_referral_accepted_by_the_police_and_a_complaint_in_progress() {
        Api api = api();
        String congan = api.token("congan", "demo");
        JsonNode policeCases = api.get("/api/v1/cases", congan).body();
        List<String> states = new ArrayList<>();
        policeCases.forEach(c -> states.add(c.path("state").asString()));
        assertThat(states).contains("investigating");
        assertThat(jdbc.sql("SELECT count(*) FROM case_file WHERE finding_id IS NOT NULL AND opened_by = 'bhxh'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM case_file WHERE case_type = 'complaint' AND state = 'in_progress'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_rerun_reads_exactly_the_recorded_versions_and_reproduces_the_findings() throws Exception {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        JsonNode runs = api.get("/api/v1/reconcile/runs?province=51", bhxh).body();
        JsonNode demo = runs.get(runs.size() - 1);
        assertThat(api.post("/api/v1/reconcile/runs/" + demo.path("id").asLong() + "/rerun",
                api.token("congan", "demo"), "").code()).isEqualTo("reconcile.not_allowed");
        Api.Response started = api.post("/api/v1/reconcile/runs/" + demo.path("id").asLong() + "/rerun", bhxh, "");
        assertThat(started.status()).isEqualTo(202);
        JsonNode run = started.body();
        for (int i = 0; i < 600 && !List.of("succeeded", "failed").contains(run.path("status").asString()); i++) {
            Thread.sleep(200);
            run = api.get("/api/v1/reconcile/runs/" + started.body().path("id").asLong(), bhxh).body();
        }
        assertThat(run.path("status").asString()).isEqualTo("succeeded");
        assertThat(run.path("rerun_of").asLong()).isEqualTo(demo.path("id").asLong());
        assertThat(run.path("as_of").asString()).isEqualTo("2026-06-30");
        assertThat(run.path("dataset_versions")).isEqualTo(demo.path("dataset_versions"));
        assertThat(run.path("parameters")).isEqualTo(demo.path("parameters"));
        assertThat(run.path("findings").asLong()).isEqualTo(demo.path("findings").asLong());
    }

    @Test
    void only_social_security_or_an_administrator_may_start_a_run() {
        Api api = api();
        Api.Response refused = api.post("/api/v1/reconcile/runs?province=51&as_of=2026-06-30",
                api.token("congan", "demo"), "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("reconcile.not_allowed");
        assertThat(api.post("/api/v1/reconcile/runs?province=51&as_of=2026-06-30", null, "").status())
                .isEqualTo(401);
    }

    @Test
    void the_inbox_shows_only_the_rules_an_agency_handles_and_others_are_refused_with_a_code() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        JsonNode inbox = api.get("/api/v1/findings?rule=ARREARS-EVASION&status=open", bhxh).body();
        assertThat(inbox.path("total").asLong()).isPositive();
        JsonNode item = inbox.path("items").get(0);
        for (String field : List.of("id", "rule", "subject", "amount_vnd", "legal_basis", "detail", "evidence")) {
            assertThat(item.has(field)).as(field).isTrue();
        }
        assertThat(item.path("evidence").isArray()).isTrue();
        assertThat(inbox.path("counts").size()).isPositive();

        String congan = api.token("congan", "demo");
        JsonNode policeInbox = api.get("/api/v1/findings", congan).body();
        List<String> policeRules = new ArrayList<>();
        policeInbox.path("items").forEach(i -> policeRules.add(i.path("rule").asString()));
        assertThat(policeRules).allMatch(r -> r.startsWith("POP-") || r.equals("DECEASED-PAYMENT"));
        assertThat(api.get("/api/v1/findings?rule=ARREARS-EVASION", congan).body().path("total").asLong()).isZero();

        long evasion = item.path("id").asLong();
        Api.Response denied = api.get("/api/v1/findings/" + evasion, congan);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("casework.not_competent");
        Api.Response notLead = api.post("/api/v1/findings/" + openFinding("POP-NOT-FOUND") + "/verify", congan,
                "{\"decision\": \"confirmed\"}");
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(notLead.code()).isEqualTo("casework.not_competent");
        Api.Response taxDenied = api.post("/api/v1/findings/" + evasion + "/verify", api.token("thue", "demo"),
                "{\"decision\": \"confirmed\"}");
        assertThat(taxDenied.status()).isEqualTo(403);
    }

    @Test
    void dismissing_needs_a_reason_and_a_decided_finding_cannot_be_decided_again() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        long id = openFinding("DUP-HEALTH-CARD");
        Api.Response noReason = api.post("/api/v1/findings/" + id + "/verify", bhxh, "{\"decision\": \"dismissed\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("casework.reason_required");
        Api.Response dismissed = api.post("/api/v1/findings/" + id + "/verify", bhxh,
                "{\"decision\": \"dismissed\", \"note\": \"thẻ đã được thu hồi\"}");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.body().path("case_id").isNull()).isTrue();
        Api.Response again = api.post("/api/v1/findings/" + id + "/verify", bhxh,
                "{\"decision\": \"confirmed\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("casework.already_decided");
    }

    @Test
    void an_evasion_finding_confirmed_is_referred_to_the_police_who_report_the_result_back() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        String congan = api.token("congan", "demo");
        long findingId = openFinding("ARREARS-EVASION");
        Api.Response verified = api.post("/api/v1/findings/" + findingId + "/verify", bhxh,
                "{\"decision\": \"confirmed\", \"note\": \"đối chiếu hồ sơ\"}");
        assertThat(verified.status()).isEqualTo(200);
        long caseId = verified.body().path("case_id").asLong();
        JsonNode file = api.get("/api/v1/cases/" + caseId, bhxh).body();
        assertThat(file.path("type").asString()).isEqualTo("evasion");
        assertThat(file.path("state").asString()).isEqualTo("in_progress");
        assertThat(file.path("finding_id").asLong()).isEqualTo(findingId);
        assertThat(api.get("/api/v1/cases/" + caseId, congan).code()).isEqualTo("casework.not_competent");

        Api.Response policeTooEarly = api.post("/api/v1/cases/" + caseId + "/actions/police_accept", congan, "{}");
        assertThat(policeTooEarly.status()).isEqualTo(403);
        JsonNode referred = api.post("/api/v1/cases/" + caseId + "/actions/refer", bhxh,
                "{\"note\": \"trốn đóng trên 6 tháng\"}").body();
        assertThat(referred.path("state").asString()).isEqualTo("referred");
        assertThat(referred.path("referred_to").asString()).isEqualTo("51.police");
        assertThat(kinds(referred)).contains("referral_letter");

        Api.Response bhxhCannotAccept = api.post("/api/v1/cases/" + caseId + "/actions/police_accept", bhxh, "{}");
        assertThat(bhxhCannotAccept.code()).isEqualTo("casework.not_competent");
        JsonNode accepted = api.post("/api/v1/cases/" + caseId + "/actions/police_accept", congan, "{}").body();
        assertThat(accepted.path("state").asString()).isEqualTo("investigating");
        JsonNode deadline = accepted.path("deadlines").get(0);
        assertThat(deadline.path("code").asString()).isEqualTo("crime_report.resolve");
        assertThat(deadline.path("article").asString()).contains("Điều 147");
        assertThat(LocalDate.parse(deadline.path("due_on").asString())).isEqualTo(today().plusDays(20));
        assertThat(deadline.path("badge").asString()).isEqualTo("on_track");

        assertThat(api.post("/api/v1/cases/" + caseId + "/actions/police_progress", congan,
                "{\"note\": \"đã lấy lời khai\"}").status()).isEqualTo(200);
        Api.Response badResult = api.post("/api/v1/cases/" + caseId + "/actions/police_result", congan,
                "{\"result\": \"maybe\"}");
        assertThat(badResult.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/cases/" + caseId + "/actions/police_result", congan,
                "{\"result\": \"prosecute\", \"note\": \"khởi tố vụ án\"}").status()).isEqualTo(200);

        JsonNode back = api.get("/api/v1/cases/" + caseId, bhxh).body();
        assertThat(back.path("state").asString()).isEqualTo("in_progress");
        assertThat(kinds(back)).contains("result_reported");
        assertThat(notifications("51.social_security", "police_result", caseId)).isEqualTo(1);
        assertThat(notifications("51.police", "referral", caseId)).isEqualTo(1);
        assertThat(back.path("deadlines").get(0).path("met_on").asString()).isEqualTo(today().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'case' AND object_id = ?")
                .param(String.valueOf(caseId)).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    long notifications(String agencyCode, String kind, long caseId) {
        return jdbc.sql("""
                SELECT count(*) FROM notification n JOIN agency a ON a.id = n.agency_id
                WHERE a.code = ? AND n.kind = ? AND n.link = ?""")
                .params(agencyCode, kind, "/casework/cases/" + caseId).query(Long.class).single();
    }

    static List<String> kinds(JsonNode file) {
        List<String> kinds = new ArrayList<>();
        file.path("timeline").forEach(e -> kinds.add(e.path("kind").asString()));
        return kinds;
    }

    @Test
    void a_complaint_gets_the_deadlines_of_articles_27_and_28_and_walks_the_whole_state_machine() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        JsonNode complaint = api.post("/api/v1/cases", bhxh,
                "{\"type\": \"complaint\", \"title\": \"Khiếu nại quyết định truy thu\", \"subject\": \"Công ty A\"}")
                .body();
        long id = complaint.path("id").asLong();
        assertThat(complaint.path("state").asString()).isEqualTo("received");
        assertThat(due(complaint, "complaint.accept")).isEqualTo(today().plusDays(10));
        assertThat(due(complaint, "complaint.resolve")).isEqualTo(today().plusDays(30));
        assertThat(complaint.path("deadlines").toString()).contains("Điều 27").contains("Điều 28");

        Api.Response notAllowed = api.post("/api/v1/cases/" + id + "/actions/close", bhxh, "{}");
        assertThat(notAllowed.status()).isEqualTo(409);
        assertThat(notAllowed.code()).isEqualTo("casework.transition_not_allowed");
        assertThat(act(api, bhxh, id, "accept", null).path("state").asString()).isEqualTo("in_progress");
        assertThat(act(api, bhxh, id, "notify", null).path("state").asString()).isEqualTo("notified");
        assertThat(api.post("/api/v1/cases/" + id + "/actions/contest", bhxh, "{}").code())
                .isEqualTo("casework.reason_required");
        assertThat(act(api, bhxh, id, "contest", "đối tượng phản đối").path("state").asString())
                .isEqualTo("contested");
        assertThat(act(api, bhxh, id, "uphold", "giữ nguyên").path("state").asString()).isEqualTo("in_progress");
        assertThat(act(api, bhxh, id, "resolve", "đã giải quyết").path("state").asString()).isEqualTo("resolved");
        JsonNode closed = act(api, bhxh, id, "close", null);
        assertThat(closed.path("state").asString()).isEqualTo("closed");
        assertThat(closed.path("deadlines").get(0).path("badge").asString()).isEqualTo("met");
        assertThat(kinds(closed)).containsExactly("opened", "accept", "notify", "notice_letter", "contest", "uphold", "resolve",
                "close");
        Api.Response complaintRefer = api.post("/api/v1/cases", bhxh, "{\"type\": \"complaint\", \"title\": \"x\"}");
        long other = complaintRefer.body().path("id").asLong();
        act(api, bhxh, other, "accept", null);
        assertThat(api.post("/api/v1/cases/" + other + "/actions/refer", bhxh, "{}").code())
                .isEqualTo("casework.transition_not_allowed");
    }

    @Test
    void reject_withdraw_notified_resolve_and_transfer_with_a_reason_to_the_competent_agency() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        long rejected = api.post("/api/v1/cases", bhxh, "{\"type\": \"denunciation\", \"title\": \"Tố cáo\"}")
                .body().path("id").asLong();
        assertThat(act(api, bhxh, rejected, "reject", "không thuộc thẩm quyền").path("state").asString())
                .isEqualTo("closed");

        long withdrawn = api.post("/api/v1/cases", bhxh, "{\"type\": \"fraud\", \"title\": \"Trục lợi\"}")
                .body().path("id").asLong();
        act(api, bhxh, withdrawn, "accept", null);
        act(api, bhxh, withdrawn, "notify", null);
        act(api, bhxh, withdrawn, "contest", "có chứng từ");
        assertThat(act(api, bhxh, withdrawn, "withdraw", "chứng từ hợp lệ").path("state").asString())
                .isEqualTo("closed");

        long notifiedResolved = api.post("/api/v1/cases", bhxh, "{\"type\": \"arrears\", \"title\": \"Nợ\"}")
                .body().path("id").asLong();
        act(api, bhxh, notifiedResolved, "accept", null);
        act(api, bhxh, notifiedResolved, "notify", null);
        assertThat(act(api, bhxh, notifiedResolved, "resolve", "đã nộp đủ").path("state").asString())
                .isEqualTo("resolved");

        long transferred = api.post("/api/v1/cases", bhxh, "{\"type\": \"complaint\", \"title\": \"Chuyển\"}")
                .body().path("id").asLong();
        assertThat(api.post("/api/v1/cases/" + transferred + "/actions/transfer", bhxh,
                "{\"to_agency\": \"51.home_affairs\"}").code()).isEqualTo("casework.reason_required");
        JsonNode moved = act2(api, bhxh, transferred, "{\"to_agency\": \"51.home_affairs\", \"note\": \"thẩm quyền Sở Nội vụ\"}");
        assertThat(moved.path("agency").asString()).isEqualTo("51.home_affairs");
        assertThat(moved.path("state").asString()).isEqualTo("received");
        assertThat(api.post("/api/v1/cases/" + transferred + "/actions/accept", bhxh, "{}").code())
                .isEqualTo("casework.not_competent");
        String noivu = api.token("noivu", "demo");
        assertThat(act(api, noivu, transferred, "accept", null).path("state").asString()).isEqualTo("in_progress");
        assertThat(api.post("/api/v1/cases/" + transferred + "/assign", bhxh, "{\"officer\": \"x\"}").code())
                .isEqualTo("casework.not_competent");
        JsonNode assigned = api.post("/api/v1/cases/" + transferred + "/assign", noivu, "{\"officer\": \"noivu\"}")
                .body();
        assertThat(assigned.path("officer").asString()).isEqualTo("noivu");
        assertThat(kinds(assigned)).contains("transfer", "assigned");
        long intoTransfer = api.post("/api/v1/cases", noivu, "{\"type\": \"complaint\", \"title\": \"Chuyển lại\"}")
                .body().path("id").asLong();
        act(api, noivu, intoTransfer, "accept", null);
        assertThat(act2(api, noivu, intoTransfer, "{\"to_agency\": \"51.social_security\", \"note\": \"BHXH\"}")
                .path("agency").asString()).isEqualTo("51.social_security");
    }

    @Test
    void denunciation_deadlines_count_working_days_and_an_overdue_deadline_escalates_and_extends_only_with_a_reason() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        JsonNode denunciation = api.post("/api/v1/cases", bhxh,
                "{\"type\": \"denunciation\", \"title\": \"Tố cáo trốn đóng\"}").body();
        long id = denunciation.path("id").asLong();
        LocalDate handle = due(denunciation, "denunciation.handle");
        assertThat(handle).isEqualTo(workingDays.plusWorkingDays(today(), 7));
        assertThat(workingDays.isWorkingDay(handle)).isTrue();
        assertThat(handle).isAfterOrEqualTo(today().plusDays(9));
        assertThat(workingDays.workingDaysBetween(today(), handle)).isEqualTo(7);
        assertThat(due(denunciation, "denunciation.notify")).isEqualTo(workingDays.plusWorkingDays(today(), 5));
        assertThat(due(denunciation, "denunciation.resolve")).isEqualTo(today().plusDays(30));
        assertThat(denunciation.path("deadlines").toString()).contains("Điều 24").contains("Điều 29")
                .contains("Điều 30");

        long crime = api.post("/api/v1/cases", bhxh, "{\"type\": \"crime_report\", \"title\": \"Tin báo\"}").body()
                .path("id").asLong();
        assertThat(due(api.get("/api/v1/cases/" + crime, bhxh).body(), "crime_report.resolve"))
                .isEqualTo(today().plusDays(20));

        Api.Response noReason = api.post("/api/v1/cases/" + id + "/deadlines/denunciation.resolve/extend", bhxh,
                "{\"days\": 30}");
        assertThat(noReason.code()).isEqualTo("casework.reason_required");
        Api.Response ordinary = api.post("/api/v1/cases/" + id + "/deadlines/denunciation.resolve/extend", bhxh,
                "{\"days\": 30, \"reason\": \"chưa xong\"}");
        assertThat(ordinary.code()).isEqualTo("casework.extension_not_allowed");
        api.post("/api/v1/cases/" + id + "/deadline-factors", bhxh,
                "{\"complexity\": \"complex\", \"reason\": \"nhiều đơn vị liên quan\"}");
        JsonNode extended = api.post("/api/v1/cases/" + id + "/deadlines/denunciation.resolve/extend", bhxh,
                "{\"days\": 30, \"reason\": \"vụ việc phức tạp (Điều 30)\"}").body();
        assertThat(due(extended, "denunciation.resolve")).isEqualTo(today().plusDays(60));
        assertThat(kinds(extended)).contains("deadline_extended");

        jdbc.sql("UPDATE case_deadline SET due_on = ? WHERE case_id = ? AND rule_code = 'denunciation.handle'")
                .params(today().minusDays(1), id).update();
        assertThat(cases.escalateOverdue()).isGreaterThanOrEqualTo(1);
        JsonNode escalated = api.get("/api/v1/cases/" + id, bhxh).body();
        assertThat(escalated.path("escalated").asBoolean()).isTrue();
        assertThat(kinds(escalated)).contains("escalated");
        assertThat(notifications("51.social_security", "case_overdue", id)).isEqualTo(1);
        JsonNode handleDeadline = deadline(escalated, "denunciation.handle");
        assertThat(handleDeadline.path("badge").asString()).isEqualTo("overdue");
        assertThat(handleDeadline.path("escalated").asBoolean()).isTrue();
        assertThat(cases.escalateOverdue()).isZero();
    }

    @Test
    void notifying_the_subject_sends_a_notice_letter_with_a_contest_period_and_a_contest_pauses_action()
            throws Exception {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        long id = api.post("/api/v1/cases", bhxh, "{\"type\": \"evasion\", \"title\": \"Trốn đóng\", "
                + "\"subject\": \"Công ty B\"}").body().path("id").asLong();
        act(api, bhxh, id, "accept", null);
        JsonNode notified = act(api, bhxh, id, "notify", null);
        assertThat(due(notified, "notice.contest")).isEqualTo(today().plusDays(30));
        JsonNode letter = null;
        for (JsonNode e : notified.path("timeline")) {
            if (e.path("kind").asString().equals("notice_letter")) {
                letter = e;
            }
        }
        assertThat(letter).isNotNull();
        assertThat(letter.path("note").asString()).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Kính gửi: Công ty B").contains(today().plusDays(30).toString());
        JsonNode archived = null;
        for (JsonNode a : notified.path("attachments")) {
            if (a.path("purpose").asString().equals("letter") && a.path("file_name").asString().endsWith(".docx")) {
                archived = a;
            }
        }
        assertThat(archived).as("the notice is archived as DOCX").isNotNull();
        java.net.http.HttpResponse<byte[]> docx = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/cases/"
                        + id + "/attachments/" + archived.path("id").asLong()))
                        .header("Authorization", "Bearer " + bhxh).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument read = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.body()));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor text =
                        new org.apache.poi.xwpf.extractor.XWPFWordExtractor(read)) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI", "Số: " + id + "/TB-PH", "THÔNG BÁO", "Kính gửi: Công ty B",
                    "Quảng Ngãi, ngày ", "Nơi nhận:");
        }
        assertThat(notified.path("attachments").toString()).contains("thong-bao-" + id + ".pdf");
        JsonNode contested = act(api, bhxh, id, "contest", "đã nộp đủ, kèm chứng từ");
        assertThat(deadline(contested, "notice.contest").path("met_on").asString()).isEqualTo(today().toString());
        assertThat(contested.path("allowed_actions").toString()).doesNotContain("refer").doesNotContain("resolve");
        assertThat(api.post("/api/v1/cases/" + id + "/actions/refer", bhxh, "{}").code())
                .isEqualTo("casework.transition_not_allowed");
    }

    @Test
    void a_complaint_on_the_public_form_reaches_the_competent_agency_with_its_deadline_and_abuse_is_limited() {
        publicComplaints.forgetRecentFilings();
        Api api = api();
        Api.Response filed = api.post("/api/v1/public/complaints", null, "{\"kind\": \"complaint\", "
                + "\"topic\": \"social_insurance\", \"province\": \"51\", \"name\": \"Nguyễn Văn A\", "
                + "\"contact\": \"0900000000\", \"subject\": \"Công ty C không đóng BHXH\", "
                + "\"text\": \"Công ty không đóng bảo hiểm cho tôi từ tháng 1.\"}");
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        String code = filed.body().path("tracking_code").asString();
        assertThat(code).matches("PH-[A-Z2-9]{8}");
        assertThat(filed.body().path("agency").asString()).isEqualTo("51.social_security");
        assertThat(filed.body().path("deadlines").toString()).contains("Điều 27")
                .contains(today().plusDays(10).toString());
        assertThat(api.get("/api/v1/public/complaints/" + code, null).body().path("state").asString())
                .isEqualTo("received");
        String bhxh = api.token("bhxh", "demo");
        assertThat(api.get("/api/v1/cases", bhxh).body().toString()).contains("Công ty C không đóng BHXH");

        Api.Response labour = api.post("/api/v1/public/complaints", null, "{\"kind\": \"denunciation\", "
                + "\"topic\": \"unemployment\", \"province\": \"51\", \"name\": \"B\", \"text\": \"x\"}");
        assertThat(labour.body().path("agency").asString()).isEqualTo("51.home_affairs");
        assertThat(api.post("/api/v1/public/complaints", null, "{\"kind\": \"other\"}").status()).isEqualTo(400);

        int status = 201;
        for (int i = 0; i < 6 && status != 429; i++) {
            status = api.post("/api/v1/public/complaints", null, "{\"kind\": \"complaint\", \"topic\": \"other\", "
                    + "\"province\": \"51\", \"name\": \"C\", \"text\": \"y\"}").status();
        }
        assertThat(status).isEqualTo(429);
        publicComplaints.forgetRecentFilings();
    }

    @Test
    void an_evasion_case_shows_the_penal_code_thresholds_as_a_check_against_its_finding() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        long findingId = openFinding("ARREARS-EVASION");
        long amount = jdbc.sql("SELECT amount_vnd FROM finding WHERE id = ?").param(findingId).query(Long.class).single();
        Integer months = jdbc.sql("SELECT months FROM finding WHERE id = ?").param(findingId).query(Integer.class)
                .single();
        long caseId = api.post("/api/v1/findings/" + findingId + "/verify", bhxh, "{\"decision\": \"confirmed\"}")
                .body().path("case_id").asLong();
        JsonNode check = api.get("/api/v1/cases/" + caseId, bhxh).body().path("penal_check");
        assertThat(check.size()).isEqualTo(3);
        for (JsonNode threshold : check) {
            long min = threshold.path("min_vnd").asLong();
            boolean expected = amount >= min && (threshold.path("max_vnd").isNull()
                    || amount < threshold.path("max_vnd").asLong()) && months != null && months >= 6;
            assertThat(threshold.path("article").asString()).contains("Điều 216");
            assertThat(threshold.path("amount_and_months_in_range").asBoolean()).as(threshold.toString())
                    .isEqualTo(expected);
        }
        long complaint = api.post("/api/v1/cases", bhxh, "{\"type\": \"complaint\", \"title\": \"k\"}").body()
                .path("id").asLong();
        assertThat(api.get("/api/v1/cases/" + complaint, bhxh).body().path("penal_check").size()).isZero();
    }

    @Test
    void a_participating_agency_sees_the_case_but_cannot_act_on_it() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        String thue = api.token("thue", "demo");
        long id = api.post("/api/v1/cases", bhxh, "{\"type\": \"evasion\", \"title\": \"Phối hợp\"}").body()
                .path("id").asLong();
        assertThat(api.get("/api/v1/cases/" + id, thue).code()).isEqualTo("casework.not_competent");
        assertThat(api.post("/api/v1/cases/" + id + "/participants", thue, "{\"agency\": \"51.tax\"}").code())
                .isEqualTo("casework.not_competent");
        JsonNode withTax = api.post("/api/v1/cases/" + id + "/participants", bhxh,
                "{\"agency\": \"51.tax\", \"note\": \"đối chiếu chi phí lương\"}").body();
        assertThat(withTax.path("participants").toString()).contains("51.tax");
        assertThat(kinds(withTax)).contains("participant_added");
        assertThat(api.get("/api/v1/cases/" + id, thue).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/cases/" + id + "/actions/accept", thue, "{}").code())
                .isEqualTo("casework.not_competent");
    }

    @Test
    void a_contest_document_and_an_inspection_record_are_attached_kept_unchanged_and_listed_in_the_referral()
            throws Exception {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        long id = api.post("/api/v1/cases", bhxh, "{\"type\": \"fraud\", \"title\": \"Trục lợi\", "
                + "\"province\": \"51\"}").body().path("id").asLong();
        byte[] record = "Biên bản kiểm tra ngày 01/07/2026".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> refused = upload(api.token("thue", "demo"), id, "bien-ban.txt", record,
                "inspection_record");
        assertThat(refused.statusCode()).isEqualTo(403);
        java.net.http.HttpResponse<String> added = upload(bhxh, id, "bien-ban.txt", record, "inspection_record");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(upload(bhxh, id, "x.txt", record, "selfie").statusCode()).isEqualTo(400);
        JsonNode file = api.get("/api/v1/cases/" + id, bhxh).body();
        JsonNode attachment = file.path("attachments").get(0);
        assertThat(attachment.path("file_name").asString()).isEqualTo("bien-ban.txt");
        assertThat(attachment.path("sha256").asString()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(record)));
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/cases/"
                        + id + "/attachments/" + attachment.path("id").asLong()))
                        .header("Authorization", "Bearer " + bhxh).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(record);
        act(api, bhxh, id, "accept", null);
        act(api, bhxh, id, "notify", null);
        java.net.http.HttpResponse<String> contestDoc = upload(bhxh, id, "don-phan-hoi.pdf", new byte[] {1, 2, 3},
                "contest");
        assertThat(contestDoc.statusCode()).isEqualTo(201);
        act(api, bhxh, id, "contest", "kèm đơn phản hồi");
        act(api, bhxh, id, "uphold", "chứng từ không hợp lệ");
        JsonNode referred = act(api, bhxh, id, "refer", null);
        String letter = "";
        for (JsonNode e : referred.path("timeline")) {
            if (e.path("kind").asString().equals("referral_letter")) {
                letter = e.path("note").asString();
            }
        }
        assertThat(letter).contains("inspection_record: bien-ban.txt").contains("contest: don-phan-hoi.pdf");
        assertThat(kinds(referred)).contains("attachment_added");
    }

    java.net.http.HttpResponse<String> upload(String token, long caseId, String name, byte[] content, String purpose)
            throws Exception {
        String boundary = "----phoihop" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId
                                + "/attachments?purpose=" + purpose))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode act(Api api, String token, long id, String action, String note) {
        Api.Response response = api.post("/api/v1/cases/" + id + "/actions/" + action, token,
                note == null ? "{}" : "{\"note\": \"" + note + "\"}");
        assertThat(response.status()).as(action + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    static JsonNode act2(Api api, String token, long id, String json) {
        Api.Response response = api.post("/api/v1/cases/" + id + "/actions/transfer", token, json);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    static JsonNode deadline(JsonNode file, String code) {
        for (JsonNode d : file.path("deadlines")) {
            if (d.path("code").asString().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("no deadline " + code + " in " + file);
    }

    static LocalDate due(JsonNode file, String code) {
        return LocalDate.parse(deadline(file, code).path("due_on").asString());
    }
}
