package vn.phoihop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;

@IntegrationTest
@RecordApplicationEvents
class RegistryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    ObligationCalendar calendar;

    @Autowired
    RoleAssignments roles;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    Api api() {
        return new Api(port);
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        array.forEach(result::add);
        return result;
    }

    static JsonNode find(List<JsonNode> entries, Predicate<JsonNode> test) {
        return entries.stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("not in calendar"));
    }

    @Test
    void social_security_sees_its_2026_obligations_with_the_due_rules_of_the_regulations() {
        Api api = api();
        Api.Response response = api.get("/api/v1/obligations/calendar?year=2026", api.token("bhxh", "demo"));
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> entries = list(response.body());

        JsonNode sixMonthly = find(entries, e -> e.path("article").asString().equals("24.1")
                && e.path("due_date").asString().equals("2026-07-04") && e.path("from_role").asString().equals("health.province"));
        assertThat(sixMonthly.path("regulation").asString()).isEqualTo("004_eb7d78a102a19691.txt");
        assertThat(sixMonthly.path("to_role").asString()).isEqualTo("social_security.province");
        assertThat(sixMonthly.path("due_rule").asString()).isEqualTo("trước 05/07");
        assertThat(entries).anyMatch(e -> e.path("article").asString().equals("24.1")
                && e.path("due_date").asString().equals("2026-12-19"));
        assertThat(entries).anyMatch(e -> e.path("article").asString().equals("8.3")
                && e.path("from_role").asString().equals("social_security.province")
                && e.path("due_date").asString().equals("2026-12-19"));

        JsonNode businesses = find(entries, e -> e.path("article").asString().equals("9.1") && e.path("period").asString().equals("Q3"));
        assertThat(businesses.path("from_agency").asString()).isEqualTo("51.finance");
        assertThat(businesses.path("dataset").asString()).isEqualTo("business_registry");
        assertThat(businesses.path("due_date").asString()).isEqualTo("2026-09-30");
        assertThat(entries).anyMatch(e -> e.path("article").asString().equals("16.4")
                && e.path("from_agency").asString().equals("51.tax") && e.path("period").asString().equals("Q4"));

        assertThat(entries).anyMatch(e -> e.path("article").asString().equals("17.4") && e.path("kind").asString().equals("meeting"));
        assertThat(entries).anyMatch(e -> e.path("article").asString().equals("II.B.4.c") && e.path("due_date").asString().equals("2026-06-30"));

        JsonNode awards = find(entries, e -> e.path("article").asString().equals("7.7") && e.path("period").asString().equals("Y"));
        assertThat(awards.path("due_date").asString()).isEqualTo("2026-12-31");
        assertThat(awards.path("to_agency").asString()).isEqualTo("51.home_affairs");
        assertThat(entries).anyMatch(e -> e.path("article").asString().equals("7.7") && e.path("due_date").asString().equals("2026-07-31"));
    }

    @Test
    void the_labour_authority_role_moved_from_the_labour_department_to_home_affairs_on_1_march_2025() {
        Api api = api();
        List<JsonNode> entries = list(api.get("/api/v1/obligations/calendar?year=2025&province=51",
                api.token("noivu", "demo")).body());
        JsonNode february = find(entries, e -> e.path("article").asString().equals("II.A.2.c") && e.path("period").asString().equals("M02"));
        JsonNode march = find(entries, e -> e.path("article").asString().equals("II.A.2.c") && e.path("period").asString().equals("M03"));
        assertThat(february.path("to_role").asString()).isEqualTo("labour_authority.province");
        assertThat(february.path("to_agency").asString()).isEqualTo("51.labour");
        assertThat(march.path("to_agency").asString()).isEqualTo("51.home_affairs");
    }

    @Test
    void the_kon_tum_decision_binds_quang_ngai_only_from_the_merger_of_1_july_2025() {
        Api api = api();
        List<JsonNode> entries = list(api.get("/api/v1/obligations/calendar?year=2025&province=51",
                api.token("bhxh", "demo")).body());
        List<JsonNode> konTum = entries.stream()
                .filter(e -> e.path("regulation").asString().startsWith("004_")).toList();
        assertThat(konTum).isNotEmpty();
        assertThat(konTum).allMatch(e -> !LocalDate.parse(e.path("due_date").asString()).isBefore(LocalDate.of(2025, 7, 1)));
    }

    @Test
    void every_former_province_maps_to_exactly_one_of_the_34() {
        Api api = api();
        String token = api.token("bhxh", "demo");
        List<JsonNode> mapping = list(api.get("/api/v1/admin-units/mapping", token).body());
        assertThat(mapping).hasSize(63);
        assertThat(mapping).allMatch(m -> m.path("province_code").isString());
        assertThat(mapping.stream().map(m -> m.path("province_code").asString()).distinct()).hasSize(34);
        assertThat(find(mapping, m -> m.path("former_code").asString().equals("62")).path("province_code").asString())
                .isEqualTo("51");
        assertThat(list(api.get("/api/v1/admin-units/provinces?on=2026-01-01", token).body())).hasSize(34);
        assertThat(list(api.get("/api/v1/admin-units/provinces?on=2024-06-01", token).body())).hasSize(63);
    }

    @Test
    void working_days_skip_weekends_and_tet() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 0)).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 4))).isEqualTo(3);
        Api api = api();
        assertThat(api.get("/api/v1/working-days/add?from=2026-02-13&days=5", api.token("congan", "demo")).body()
                .path("result").asString()).isEqualTo("2026-02-27");
    }

    @Test
    void only_the_parties_may_record_an_obligation_as_fulfilled_and_only_once() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        List<JsonNode> entries = list(api.get("/api/v1/obligations/calendar?year=2027", bhxh).body());
        JsonNode report = find(entries, e -> e.path("article").asString().equals("24.1")
                && e.path("from_role").asString().equals("education.province") && e.path("period").asString().equals("H1"));
        long id = report.path("id").asLong();

        Api.Response denied = api.post("/api/v1/obligations/" + id + "/fulfil", api.token("congan", "demo"),
                "{\"kind\": \"report\", \"reference\": \"x\"}");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("obligation.not_yours");

        Api.Response done = api.post("/api/v1/obligations/" + id + "/fulfil", bhxh,
                "{\"kind\": \"report\", \"reference\": \"12/BC-SGDĐT\", \"at\": \"2027-07-01T02:00:00Z\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().path("status").asString()).isEqualTo("fulfilled");
        assertThat(done.body().path("fulfilled_late").asBoolean()).isFalse();
        assertThat(done.body().path("fulfilment").asString()).isEqualTo("report:12/BC-SGDĐT");

        Api.Response again = api.post("/api/v1/obligations/" + id + "/fulfil", bhxh,
                "{\"kind\": \"report\", \"reference\": \"13/BC\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("obligation.closed");
    }

    @Test
    void a_late_fulfilment_is_marked_late_and_a_waiver_needs_a_reason() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        List<JsonNode> entries = list(api.get("/api/v1/obligations/calendar?year=2027", bhxh).body());
        JsonNode q1 = find(entries, e -> e.path("article").asString().equals("16.1") && e.path("period").asString().equals("Q1"));
        Api.Response late = api.post("/api/v1/obligations/" + q1.path("id").asLong() + "/fulfil", bhxh,
                "{\"kind\": \"submission\", \"reference\": \"sub-77\", \"at\": \"2027-04-20T02:00:00Z\"}");
        assertThat(late.body().path("fulfilled_late").asBoolean()).isTrue();

        JsonNode q2 = find(entries, e -> e.path("article").asString().equals("16.1") && e.path("period").asString().equals("Q2"));
        assertThat(api.post("/api/v1/obligations/" + q2.path("id").asLong() + "/waive", bhxh, "{\"reason\": \"\"}").code())
                .isEqualTo("request.invalid");
        Api.Response waived = api.post("/api/v1/obligations/" + q2.path("id").asLong() + "/waive", bhxh,
                "{\"reason\": \"Không có doanh nghiệp ngừng kinh doanh trong quý\"}");
        assertThat(waived.body().path("status").asString()).isEqualTo("waived");
        assertThat(waived.body().path("waived_reason").asString()).startsWith("Không có");
    }

    @Test
    void an_obligation_becomes_overdue_when_its_day_passes_and_the_event_is_published() {
        calendar.generate(2027, "51");
        ObligationInstance monthly = calendar.instances(2027, "51").stream()
                .filter(i -> i.dutyId().equals("002-II.A.2.c") && i.period().equals("M01")).findFirst().orElseThrow();
        assertThat(monthly.status()).isIn(ObligationInstance.Status.UPCOMING, ObligationInstance.Status.DUE);
        java.time.Instant before = clock.instant();
        Duration ahead = Duration.between(before, LocalDate.of(2027, 1, 12).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        clock.advance(ahead);
        try {
            calendar.refreshStatuses();
            assertThat(calendar.byId(monthly.id()).orElseThrow().status()).isEqualTo(ObligationInstance.Status.OVERDUE);
            assertThat(events.stream(ObligationOverdue.class)).anyMatch(e -> e.instanceId() == monthly.id());

            Api api = api();
            List<JsonNode> board = list(api.get("/api/v1/obligations/overdue", api.token("bhxh", "demo")).body());
            assertThat(board).anyMatch(e -> e.path("id").asLong() == monthly.id());
            JsonNode notifications = api.get("/api/v1/notifications", api.token("bhxh", "demo")).body();
            assertThat(notifications.path("unread").asInt()).isPositive();

            calendar.fulfil(monthly.id(), new FulfilmentRef(FulfilmentRef.Kind.SUBMISSION, "sub-1"), clock.instant());
            assertThat(events.stream(ObligationFulfilled.class)).anyMatch(e -> e.instanceId() == monthly.id() && e.late());
        } finally {
            clock.advance(ahead.negated());
        }
    }

    @Test
    void only_an_administrator_moves_a_role_and_the_duties_follow_it() {
        Api api = api();
        String body = "{\"role\": \"inspectorate.province\", \"province\": \"51\", \"agency\": \"51.peoples_committee\","
                + " \"valid_from\": \"2028-01-01\", \"basis\": \"test\"}";
        Api.Response denied = api.post("/api/v1/role-assignments", api.token("bhxh", "demo"), body);
        assertThat(denied.status()).isEqualTo(403);

        Api.Response moved = api.post("/api/v1/role-assignments", api.token("admin", "demo"), body);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(roles.holder("inspectorate.province", "51", LocalDate.of(2027, 12, 31)).orElseThrow().code())
                .isEqualTo("51.inspectorate");
        assertThat(roles.holder("inspectorate.province", "51", LocalDate.of(2028, 1, 1)).orElseThrow().code())
                .isEqualTo("51.peoples_committee");
        Api.Response overlap = api.post("/api/v1/role-assignments", api.token("admin", "demo"), body);
        assertThat(overlap.code()).isEqualTo("registry.assignment_overlap");
        List<JsonNode> entries = list(api.get("/api/v1/obligations/calendar?year=2028", api.token("ubnd", "demo")).body());
        assertThat(entries).anyMatch(e -> e.path("from_role").asString().equals("inspectorate.province")
                && e.path("from_agency").asString().equals("51.peoples_committee"));
    }

    @Test
    void a_meeting_scheduled_from_its_duty_fulfils_it_when_the_conclusions_are_sent() {
        Api api = api();
        String bhxh = api.token("bhxh", "demo");
        List<JsonNode> entries = list(api.get("/api/v1/obligations/calendar?year=2027", bhxh).body());
        JsonNode duty = find(entries, e -> e.path("article").asString().equals("17.4") && e.path("kind").asString().equals("meeting")
                && e.path("period").asString().equals("H1"));
        long id = duty.path("id").asLong();
        JsonNode meeting = api.post("/api/v1/obligations/" + id + "/meeting", bhxh, "{\"date\": \"2027-06-24\"}").body();
        long meetingId = meeting.path("meeting").path("id").asLong();
        assertThat(list(meeting.path("participants"))).extracting(p -> p.path("code").asString())
                .contains("51.social_security", "51.trade_union");

        assertThat(api.post("/api/v1/meetings/" + meetingId + "/conclusions", api.token("ldld", "demo"),
                "{\"text\": \"x\"}").status()).isEqualTo(403);
        JsonNode action = api.post("/api/v1/meetings/" + meetingId + "/actions", bhxh,
                "{\"text\": \"Gửi danh sách nợ đóng\", \"owner\": \"51.trade_union\", \"due_date\": \"2027-07-15\"}").body();
        api.post("/api/v1/meetings/" + meetingId + "/conclusions", bhxh, "{\"text\": \"Thống nhất trao đổi hằng quý.\"}");
        JsonNode after = api.get("/api/v1/meetings/" + meetingId, bhxh).body();
        assertThat(after.path("meeting").path("conclusions_sent_at").isNull()).isFalse();
        assertThat(after.path("meeting").path("status").asString()).isEqualTo("held");

        JsonNode fulfilled = find(list(api.get("/api/v1/obligations/calendar?year=2027", bhxh).body()),
                e -> e.path("id").asLong() == id);
        assertThat(fulfilled.path("status").asString()).isEqualTo("fulfilled");
        assertThat(fulfilled.path("fulfilment").asString()).isEqualTo("meeting:meeting:" + meetingId);

        Api.Response done = api.post("/api/v1/meetings/" + meetingId + "/actions/" + action.path("id").asLong() + "/done",
                api.token("ldld", "demo"), "{}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(list(done.body().path("actions")).get(0).path("done_at").isNull()).isFalse();
    }

    @Test
    void communes_are_imported_from_csv_and_bad_lines_are_listed() throws Exception {
        String token = api().token("admin", "demo");
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/admin-units/communes"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "commune_code,name,province_code\n21100,Phường Cẩm Thành,51\n2110,Xã thiếu số,51\n21103,Xã Đăk Tô,51\n"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"imported\":2").contains("5 digits");
        assertThat(list(api().get("/api/v1/admin-units/communes?province=51", token).body()))
                .extracting(c -> c.path("nameVi").asString()).contains("Phường Cẩm Thành", "Xã Đăk Tô");
    }

    @Test
    void an_administrator_adds_an_agency_with_its_history_and_others_may_not() {
        Api api = api();
        String body = "{\"code\": \"51.labour_old\", \"name_vi\": \"Sở Lao động (thử)\", \"level\": \"province\","
                + " \"province\": \"51\", \"valid_to\": \"2025-02-28\", \"successor\": \"51.home_affairs\"}";
        assertThat(api.post("/api/v1/agencies", api.token("noivu", "demo"), body).status()).isEqualTo(403);
        Api.Response created = api.post("/api/v1/agencies", api.token("admin", "demo"), body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().path("validTo").asString()).isEqualTo("2025-02-28");
        assertThat(created.body().path("successorCode").asString()).isEqualTo("51.home_affairs");
        assertThat(api.post("/api/v1/agencies", api.token("admin", "demo"), body).code()).isEqualTo("request.conflict");
        assertThat(api.post("/api/v1/agencies", api.token("admin", "demo"), "{\"code\": \"X\"}").code())
                .isEqualTo("request.invalid");
    }

    @Test
    void an_administrator_may_look_at_another_agencys_overdue_board_and_an_officer_may_not() {
        Api api = api();
        assertThat(api.get("/api/v1/obligations/overdue?agency=51.tax", api.token("admin", "demo")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/obligations/overdue?agency=51.tax", api.token("bhxh", "demo")).code())
                .isEqualTo("access.denied");
        assertThat(api.get("/api/v1/obligations/overdue?agency=51.tax", api.token("thue", "demo")).status())
                .isEqualTo(200);
    }

    @Test
    void an_administrator_adds_a_role_and_edits_the_holidays_and_the_working_days_follow() {
        Api api = api();
        String admin = api.token("admin", "demo");
        String role = "{\"code\": \"archives.province\", \"level\": \"province\", \"name_vi\": \"Cơ quan lưu trữ\"}";
        assertThat(api.post("/api/v1/roles", api.token("bhxh", "demo"), role).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/roles", admin, role).body().path("code").asString()).isEqualTo("archives.province");
        assertThat(api.post("/api/v1/roles", admin, role).code()).isEqualTo("request.conflict");
        assertThat(api.post("/api/v1/roles", admin, "{\"code\": \"x.central\", \"level\": \"province\", \"name_vi\": \"x\"}")
                .code()).isEqualTo("request.invalid");

        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 11, 24))).isTrue();
        java.net.http.HttpResponse<String> put = send("PUT", "/api/v1/holidays/2027-11-24", admin,
                "{\"kind\": \"holiday\", \"name_vi\": \"Ngày Văn hóa Việt Nam\", \"source\": \"thử nghiệm\"}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
        assertThat(send("PUT", "/api/v1/holidays/2027-11-25", api.token("bhxh", "demo"),
                "{\"kind\": \"holiday\", \"name_vi\": \"x\", \"source\": \"x\"}").statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/holidays/2027-11-24", admin, "").statusCode()).isEqualTo(200);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 11, 24))).isTrue();
    }

    private java.net.http.HttpResponse<String> send(String method, String path, String token, String json) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_calendar_needs_a_token() {
        assertThat(api().get("/api/v1/obligations/calendar?year=2026", null).status()).isEqualTo(401);
    }
}
