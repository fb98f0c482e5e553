package vn.phoihop.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;
import vn.phoihop.casework.Cases;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.IndicatorSource;
import vn.phoihop.reporting.ReportingPeriod;

/** Joint inspections over HTTP: the score, the plan workflow, access by parties only, the unpublished mark. */
@IntegrationTest
class InspectionApiTest {

    static final String SECRET = "Danh sách 12 người lao động bị ảnh hưởng quyền lợi";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    TestClock clock;

    @Autowired
    List<IndicatorSource> indicatorSources;

    Api api() {
        return new Api(port);
    }

    long demoConcludedInspection() {
        return jdbc.sql("SELECT inspection_id FROM inspection_conclusion ORDER BY inspection_id LIMIT 1")
                .query(Long.class).single();
    }

    long demoPlan() {
        return jdbc.sql("SELECT id FROM inspection_plan WHERE year = 2026").query(Long.class).single();
    }

    byte[] download(String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 ? response.body() : null;
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void next_years_candidates_are_ranked_and_each_score_is_the_sum_of_its_reasons_with_their_legal_basis() {
        JsonNode result = api().get("/api/v1/inspections/candidates", api().token("bhxh", "demo")).body();
        JsonNode candidates = result.path("candidates");
        assertThat(candidates.size()).isGreaterThanOrEqualTo(4);
        BigDecimal previous = null;
        for (JsonNode candidate : candidates) {
            BigDecimal score = candidate.path("score").decimalValue();
            if (previous != null) {
                assertThat(score).isLessThanOrEqualTo(previous);
            }
            previous = score;
            BigDecimal sum = BigDecimal.ZERO;
            assertThat(candidate.path("reasons").size()).isPositive();
            for (JsonNode reason : candidate.path("reasons")) {
                assertThat(reason.path("legal_basis").asString()).contains("Điều");
                assertThat(reason.path("details").size()).isPositive();
                sum = sum.add(reason.path("points").decimalValue());
            }
            assertThat(score).isEqualByComparingTo(sum);
        }
        assertThat(result.path("factors").size()).isEqualTo(11);
        JsonNode evading = null;
        for (JsonNode c : candidates) {
            for (JsonNode r : c.path("reasons")) {
                if (r.path("factor").asString().equals("evasion")) {
                    evading = c;
                }
            }
        }
        assertThat(evading).as("an evading employer is among the candidates").isNotNull();
        assertThat(evading.toString()).contains("ARREARS-EVASION").contains("Luật BHXH 41/2024/QH15 Điều 39.1");
    }

    @Test
    void a_violation_concluded_this_year_raises_next_years_score_and_an_agency_without_an_inspection_role_sees_no_candidates() {
        String target = jdbc.sql("SELECT target_code FROM inspection WHERE id = ?").param(demoConcludedInspection())
                .query(String.class).single();
        JsonNode candidates = api().get("/api/v1/inspections/candidates?year=2027", api().token("bhxh", "demo")).body()
                .path("candidates");
        JsonNode concluded = null;
        for (JsonNode c : candidates) {
            if (c.path("target_code").asString().equals(target)) {
                concluded = c;
            }
        }
        assertThat(concluded).isNotNull();
        assertThat(concluded.toString()).contains("previous_violation").contains("01/KL-ĐKTLN");

        Api.Response education = api().get("/api/v1/inspections/candidates", api().token("giaoduc", "demo"));
        assertThat(education.status()).isEqualTo(403);
        Api.Response otherProvince = api().get("/api/v1/inspections/candidates?province=01", api().token("bhxh", "demo"));
        assertThat(otherProvince.status()).isEqualTo(403);
    }

    @Test
    void a_plan_is_drafted_commented_approved_published_and_its_team_confirms_before_the_inspection_starts() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        String noivu = api.token("noivu", "demo");
        String congan = api.token("congan", "demo");
        String ldld = api.token("ldld", "demo");
        Api.Response created = api.post("/api/v1/inspections/plans", bhxh, "{\"year\": 2028}");
        assertThat(created.status()).isEqualTo(201);
        long plan = created.body().path("id").asLong();
        assertThat(created.body().path("state").asString()).isEqualTo("draft");
        assertThat(created.body().path("exchange_due").asString()).isEqualTo("2027-12-31");

        JsonNode top = api.get("/api/v1/inspections/candidates?year=2028", bhxh).body().path("candidates").get(0);
        Api.Response added = api.post("/api/v1/inspections/plans/" + plan + "/inspections", bhxh, """
                {"type": "contribution", "target_code": "%s", "target_name": "%s", "scope": "Đóng BHXH",
                 "period_from": "2026-01-01", "period_to": "2027-12-31", "planned_month": 4, "risk_score": %s}"""
                .formatted(top.path("target_code").asString(), top.path("name").asString(), top.path("score")));
        assertThat(added.status()).isEqualTo(201);
        long inspection = added.body().path("id").asLong();
        assertThat(api.post("/api/v1/inspections/plans/" + plan + "/inspections", noivu, "{}").code())
                .isEqualTo("inspection.not_lead");

        for (String agency : List.of("51.home_affairs", "51.police", "51.trade_union")) {
            assertThat(api.post("/api/v1/inspections/" + inspection + "/members", bhxh,
                    "{\"agency\": \"" + agency + "\"}").status()).isEqualTo(200);
        }
        assertThat(notifications("51.police", "inspection_invitation", inspection)).isEqualTo(1);
        assertThat(api.get("/api/v1/inspections/invitations", congan).body().toString()).contains("\"id\":" + inspection);

        JsonNode consulted = api.post("/api/v1/inspections/plans/" + plan + "/consult", bhxh, "{}").body();
        assertThat(consulted.path("state").asString()).isEqualTo("consultation");
        JsonNode commented = api.post("/api/v1/inspections/plans/" + plan + "/comments", ldld,
                "{\"body\": \"Đề nghị kiểm tra vào quý II\"}").body();
        assertThat(commented.path("comments").get(0).path("agency").asString()).isEqualTo("51.trade_union");
        assertThat(api.post("/api/v1/inspections/plans/" + plan + "/approve", noivu, "").code())
                .isEqualTo("inspection.not_lead");
        assertThat(api.post("/api/v1/inspections/plans/" + plan + "/publish", bhxh, "").code())
                .isEqualTo("inspection.wrong_state");
        assertThat(api.post("/api/v1/inspections/plans/" + plan + "/approve", bhxh, "").body().path("state").asString())
                .isEqualTo("approved");
        assertThat(api.post("/api/v1/inspections/plans/" + plan + "/publish", bhxh, "").body().path("state").asString())
                .isEqualTo("published");
        assertThat(notificationsLinked("51.trade_union", "inspection_plan_published", "/inspection/plans/" + plan))
                .isEqualTo(1);

        Api.Response early = api.post("/api/v1/inspections/" + inspection + "/start", bhxh, "");
        assertThat(early.code()).isEqualTo("inspection.wrong_state");
        assertThat(early.body().path("details").path("pending_invitations").toString()).contains("51.police");

        api.post("/api/v1/inspections/" + inspection + "/members/answer", noivu,
                "{\"confirm\": true, \"member_name\": \"Trần Thị Nội Vụ\"}");
        api.post("/api/v1/inspections/" + inspection + "/members/answer", congan,
                "{\"confirm\": true, \"member_name\": \"Lê Văn Công An\"}");
        assertThat(api.post("/api/v1/inspections/" + inspection + "/members/answer", congan,
                "{\"confirm\": true, \"member_name\": \"again\"}").code()).isEqualTo("inspection.not_invited");
        JsonNode confirmed = api.post("/api/v1/inspections/" + inspection + "/members/answer", ldld,
                "{\"confirm\": true, \"member_name\": \"Phạm Công Đoàn\"}").body();
        assertThat(confirmed.path("state").asString()).isEqualTo("team_confirmed");

        JsonNode started = api.post("/api/v1/inspections/" + inspection + "/start", bhxh, "").body();
        assertThat(started.path("state").asString()).isEqualTo("in_progress");
        long item = started.path("checklist").get(2).path("id").asLong();
        JsonNode checked = api.post("/api/v1/inspections/" + inspection + "/checklist/" + item, congan,
                "{\"result\": \"violation\", \"note\": \"Chậm đóng 7 kỳ\"}").body();
        assertThat(checked.path("checklist").get(2).path("result").asString()).isEqualTo("violation");
        assertThat(api.post("/api/v1/inspections/" + inspection + "/records", ldld,
                "{\"place\": \"Trụ sở đơn vị\", \"content\": \"Đối chiếu bảng lương\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/inspections/" + inspection + "/conclusion", noivu, "{}").code())
                .isEqualTo("inspection.not_lead");

        JsonNode concluded = api.post("/api/v1/inspections/" + inspection + "/conclusion", bhxh, """
                {"summary": "Đơn vị chậm đóng 7 kỳ", "unpublished_content": "Danh tính người tố cáo: Nguyễn Văn A",
                 "signer_name": "Nguyễn Văn Trưởng", "signer_title": "Trưởng đoàn",
                 "violations": [{"description": "Trốn đóng", "legal_basis": "Luật BHXH 41/2024/QH15 Điều 39", "amount_to_recover_vnd": 250000000}],
                 "recommendations": [
                   {"text": "Nộp đủ số tiền trốn đóng", "due_on": "2099-01-31", "amount_vnd": 250000000},
                   {"text": "Chuyển cơ quan điều tra", "due_on": "2099-02-28", "follow_up": "refer_police"}]}""")
                .body();
        assertThat(concluded.path("state").asString()).isEqualTo("concluded");
        assertThat(concluded.path("conclusion").path("result").asString()).isEqualTo("violation");
        long caseId = concluded.path("recommendations").get(1).path("case_id").asLong();
        assertThat(cases.state(caseId)).contains("referred");
        assertThat(notifications("51.police", "inspection_concluded", inspection)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'inspection' AND object_id = ?")
                .param(String.valueOf(inspection)).query(Long.class).single()).isGreaterThanOrEqualTo(8);

        long first = concluded.path("recommendations").get(0).path("id").asLong();
        long second = concluded.path("recommendations").get(1).path("id").asLong();
        assertThat(api.post("/api/v1/inspections/recommendations/" + first + "/done", noivu,
                "{\"note\": \"x\"}").code()).isEqualTo("inspection.not_party");
        api.post("/api/v1/inspections/recommendations/" + first + "/done", bhxh,
                "{\"note\": \"Đã nộp\", \"recovered_vnd\": 250000000}");
        JsonNode closed = api.post("/api/v1/inspections/recommendations/" + second + "/done", bhxh,
                "{\"note\": \"Công an đã thụ lý\"}").body();
        assertThat(closed.path("state").asString()).isEqualTo("closed");
    }

    @Test
    void only_the_parties_see_an_inspections_records_and_conclusion_and_the_plan_list_carries_none_of_it() {
        Api api = api();
        long inspection = demoConcludedInspection();
        long plan = demoPlan();
        String path = "/api/v1/inspections/" + inspection;
        assertThat(api.get(path, api.token("bhxh", "demo")).body().toString()).contains(SECRET);
        assertThat(api.get(path, api.token("congan", "demo")).body().toString()).contains(SECRET);
        assertThat(api.get(path, api.token("admin", "demo")).status()).isEqualTo(200);

        String thue = api.token("thue", "demo");
        Api.Response taxOnInspection = api.get(path, thue);
        assertThat(taxOnInspection.status()).isEqualTo(403);
        assertThat(taxOnInspection.code()).isEqualTo("inspection.not_party");
        Api.Response taxOnPlan = api.get("/api/v1/inspections/plans/" + plan, thue);
        assertThat(taxOnPlan.status()).as("the tax office was consulted on the plan").isEqualTo(200);
        assertThat(taxOnPlan.body().toString()).doesNotContain(SECRET).doesNotContain("01/KL-ĐKTLN")
                .doesNotContain("Chậm đóng BHXH, BHYT, BHTN nhiều kỳ");
        assertThat(api.get("/api/v1/inspections", thue).body().size()).isZero();

        String yte = api.token("yte", "demo");
        assertThat(api.get("/api/v1/inspections/plans/" + plan, yte).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/inspections/plans", yte).body().size()).isZero();
        assertThat(api.get("/api/v1/inspections/recommendations/overdue", yte).body().size()).isZero();
        assertThat(api.get(path + "/conclusion/docx", yte).status()).isEqualTo(403);
        assertThat(api.get(path + "/records/1/docx", yte).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'inspection.read' AND outcome = 'denied'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void the_parties_edition_of_the_conclusion_and_every_record_are_marked_unpublished_and_the_public_edition_leaves_it_out()
            throws Exception {
        long inspection = demoConcludedInspection();
        String congan = api().token("congan", "demo");
        String parties = text(download("/api/v1/inspections/" + inspection + "/conclusion/docx", congan));
        assertThat(parties).contains("KHÔNG CÔNG BỐ").contains(SECRET).contains("KẾT LUẬN").contains("01/KL-ĐKTLN")
                .contains("185.000.000").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        String published = text(download("/api/v1/inspections/" + inspection + "/conclusion/docx?edition=public", congan));
        assertThat(published).doesNotContain("KHÔNG CÔNG BỐ").doesNotContain(SECRET).contains("185.000.000");
        long record = jdbc.sql("SELECT id FROM inspection_record WHERE inspection_id = ?").param(inspection)
                .query(Long.class).single();
        String recordText = text(download("/api/v1/inspections/" + inspection + "/records/" + record + "/docx", congan));
        assertThat(recordText).contains("KHÔNG CÔNG BỐ").contains("BIÊN BẢN").contains("ĐOÀN KIỂM TRA LIÊN NGÀNH");
        byte[] pdf = download("/api/v1/inspections/" + inspection + "/conclusion/pdf", congan);
        assertThat(vn.phoihop.shared.document.PdfTools.text(pdf)).contains("KHÔNG CÔNG BỐ").contains(SECRET)
                .contains("KẾT LUẬN").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(vn.phoihop.shared.document.PdfTools.fonts(pdf)).allSatisfy(f -> assertThat(f.embedded()).isTrue());
        assertThat(vn.phoihop.shared.document.PdfTools.text(download("/api/v1/inspections/" + inspection
                + "/conclusion/pdf?edition=public", congan))).doesNotContain(SECRET).doesNotContain("KHÔNG CÔNG BỐ");
    }

    @Test
    void the_overdue_board_lists_the_demo_recommendation_and_reminders_go_out_once() {
        Api api = api();
        JsonNode board = api.get("/api/v1/inspections/recommendations/overdue", api.token("ldld", "demo")).body();
        assertThat(board.size()).isEqualTo(1);
        assertThat(board.get(0).path("badge").asString()).isEqualTo("overdue");
        assertThat(board.get(0).path("responsible_agency").asString()).isEqualTo("51.trade_union");
        int sent = jdbc.sql("SELECT count(*) FROM notification WHERE kind = 'inspection_overdue'")
                .query(Integer.class).single();
        assertThat(sent).isZero();
        service.remind();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE kind = 'inspection_overdue'")
                .query(Integer.class).single()).isEqualTo(2);
        clock.advance(Duration.ofDays(1));
        service.remind();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE kind = 'inspection_overdue'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Autowired
    InspectionService service;

    @Test
    void an_adhoc_inspection_needs_a_reason_and_an_agency_that_may_lead() {
        Api api = api();
        String body = """
                {"type": "contribution", "target_code": "0109999999", "target_name": "Công ty Đột Xuất",
                 "scope": "Đóng BHXH", "period_from": "2025-01-01", "period_to": "2025-12-31", "planned_month": 12%s}""";
        assertThat(api.post("/api/v1/inspections/adhoc", api.token("bhxh", "demo"), body.formatted("")).code())
                .isEqualTo("request.invalid");
        assertThat(api.post("/api/v1/inspections/adhoc", api.token("yte", "demo"),
                body.formatted(", \"reason\": \"Tố cáo\"")).code()).isEqualTo("inspection.cannot_lead");
        Api.Response adhoc = api.post("/api/v1/inspections/adhoc", api.token("ldld", "demo"),
                body.formatted(", \"reason\": \"Đơn tố cáo của người lao động\""));
        assertThat(adhoc.status()).isEqualTo(201);
        assertThat(adhoc.body().path("kind").asString()).isEqualTo("adhoc");
        assertThat(adhoc.body().path("allowed_actions").toString()).contains("start");
    }

    @Test
    void the_figures_for_reporting_count_inspections_by_agency_type_and_result_and_the_amounts() {
        IndicatorSource source = indicatorSources.stream()
                .filter(s -> s.getClass().getSimpleName().startsWith("InspectionIndicators")).findFirst().orElseThrow();
        List<Indicator> figures = new ArrayList<>(source.indicators(ReportingPeriod.parse("2026"), "51"));
        assertThat(figures).allMatch(i -> i.section().equals("inspection"));
        assertThat(value(figures, "inspections.concluded.by_agency.51.social_security")).isGreaterThanOrEqualTo(1);
        assertThat(value(figures, "inspections.concluded.by_type.contribution")).isGreaterThanOrEqualTo(1);
        assertThat(value(figures, "inspections.concluded.by_result.violation")).isGreaterThanOrEqualTo(1);
        assertThat(value(figures, "amounts.to_recover")).isGreaterThanOrEqualTo(185_000_000L);
        assertThat(value(figures, "amounts.recovered")).isGreaterThanOrEqualTo(185_000_000L);
        assertThat(value(figures, "recommendations.overdue")).isGreaterThanOrEqualTo(1);
        assertThat(value(figures, "inspections.planned")).isGreaterThanOrEqualTo(4);
        assertThat(figures.toString()).doesNotContain(SECRET);
        assertThat(value(source.indicators(ReportingPeriod.parse("2026"), "01"), "inspections.concluded")).isZero();
    }

    static long value(List<Indicator> figures, String key) {
        return figures.stream().filter(i -> i.key().equals(key)).findFirst().map(Indicator::value)
                .orElseThrow(() -> new AssertionError("no figure " + key)).longValue();
    }

    long notifications(String agencyCode, String kind, long inspection) {
        return notificationsLinked(agencyCode, kind, "/inspection/inspections/" + inspection);
    }

    long notificationsLinked(String agencyCode, String kind, String link) {
        return jdbc.sql("""
                SELECT count(*) FROM notification n JOIN agency a ON a.id = n.agency_id
                WHERE a.code = ? AND n.kind = ? AND n.link = ?""")
                .params(agencyCode, kind, link).query(Long.class).single();
    }
}
