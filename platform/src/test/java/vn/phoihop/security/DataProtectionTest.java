package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;
import vn.phoihop.registry.WorkingDays;

/** The processing register, data-subject requests, the breach clock and the retention job. */
@IntegrationTest
class DataProtectionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    WorkingDays workingDays;

    @Test
    void the_processing_register_names_every_dataset_with_purpose_basis_and_retention() {
        JsonNode register = new Api(port).get("/api/v1/data-protection/register",
                new Api(port).token("thue", "demo")).body();
        assertThat(register.path("datasets").size()).isEqualTo(19);
        for (JsonNode dataset : register.path("datasets")) {
            assertThat(dataset.path("legal_basis").asString()).as(dataset.toString()).isNotBlank();
            assertThat(dataset.path("retention_months").asInt()).isPositive();
        }
        assertThat(register.path("periods").toString()).contains("breach.notify").contains("72");
    }

    @Test
    void a_breach_must_be_notified_within_72_hours_of_its_detection() {
        Api api = new Api(port);
        String bhxh = api.token("bhxh", "demo");
        String detected = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(70)), ZoneOffset.UTC)
                .toString();
        JsonNode breach = api.post("/api/v1/data-protection/breaches", bhxh, """
                {"detected_at": "%s", "description": "Mất máy tính chứa tệp danh sách", "categories": "định danh",
                 "subjects_estimate": 120}""".formatted(detected)).body();
        assertThat(breach.path("hours_left").asLong()).isEqualTo(2);
        assertThat(breach.path("notification_overdue").asBoolean()).isFalse();
        long id = breach.path("id").asLong();
        clock.advance(Duration.ofHours(3));
        try {
            String later = api.token("bhxh", "demo");
            assertThat(api.get("/api/v1/data-protection/breaches/" + id, later).body().path("notification_overdue")
                    .asBoolean()).isTrue();
            assertThat(api.post("/api/v1/data-protection/breaches/" + id + "/close", later, "{}").code())
                    .isEqualTo("casework.reason_required");
            JsonNode notified = api.post("/api/v1/data-protection/breaches/" + id + "/notify", later,
                    "{\"notified_to\": \"A05 - Bộ Công an\", \"reference\": \"CV 12/BHXH\"}").body();
            assertThat(notified.path("status").asString()).isEqualTo("notified");
            assertThat(notified.path("notified_late").asBoolean()).isTrue();
            assertThat(api.post("/api/v1/data-protection/breaches/" + id + "/close", later,
                    "{\"note\": \"đã khắc phục\"}").body().path("status").asString()).isEqualTo("closed");
            assertThat(api.get("/api/v1/data-protection/breaches/" + id, api.token("thue", "demo")).status())
                    .as("another agency's breach").isEqualTo(404);
        } finally {
            clock.advance(Duration.ofHours(-3));
        }
    }

    @Test
    void a_data_subject_request_gets_its_deadlines_and_is_closed_only_with_a_response() {
        Api api = new Api(port);
        String bhxh = api.token("bhxh", "demo");
        JsonNode request = api.post("/api/v1/data-protection/subject-requests", bhxh, """
                {"kind": "correction", "person_id": "051090001234", "requester": "Nguyễn Văn Thử",
                 "channel": "paper", "details": "Sai ngày sinh"}""").body();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(request.path("acknowledge_by").asString()).isEqualTo(workingDays.plusWorkingDays(today, 2).toString());
        assertThat(request.path("due_on").asString()).isEqualTo(today.plusDays(15).toString());
        long id = request.path("id").asLong();
        assertThat(api.post("/api/v1/data-protection/subject-requests/" + id + "/acknowledge", bhxh, "{}").body()
                .path("status").asString()).isEqualTo("acknowledged");
        assertThat(api.post("/api/v1/data-protection/subject-requests/" + id + "/complete", bhxh, "{}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/data-protection/subject-requests/" + id + "/complete", bhxh,
                "{\"response\": \"Đã sửa theo CSDL dân cư\"}").body().path("status").asString()).isEqualTo("completed");
        assertThat(api.post("/api/v1/data-protection/subject-requests/" + id + "/refuse", bhxh,
                "{\"response\": \"x\"}").code()).isEqualTo("protection.closed");
        assertThat(api.get("/api/v1/audit/events?action=subject_request&object_id=" + id,
                api.token("admin", "demo")).body().path("total").asLong()).isEqualTo(3);
    }

    @Test
    void retention_erases_complainants_of_cases_closed_longer_than_the_register_says_dry_run_first() {
        Api api = new Api(port);
        String admin = api.token("admin", "demo");
        long old = jdbc.sql("""
                INSERT INTO case_file (case_type, state, province_code, agency_code, title, opened_by, opened_at,
                    updated_at, tracking_code, complainant, contact, body)
                VALUES ('complaint', 'closed', '51', '51.social_security', 'Đơn cũ', 'public', ?, ?, ?,
                    'Người khiếu nại cũ', '0900000001', 'Nội dung')
                RETURNING id""")
                .params(clock.instant().minus(Duration.ofDays(2300)).atOffset(ZoneOffset.UTC),
                        clock.instant().minus(Duration.ofDays(2200)).atOffset(ZoneOffset.UTC),
                        "PH-OLD" + (System.nanoTime() % 100000))
                .query(Long.class).single();
        JsonNode dry = api.post("/api/v1/data-protection/retention/run?dry_run=true", admin, "").body();
        assertThat(dry.path("results").toString()).contains("public_complaints");
        assertThat(dry.path("results").get(0).path("affected").asLong()).isPositive();
        assertThat(complainant(old)).as("a dry run changes nothing").isEqualTo("Người khiếu nại cũ");

        JsonNode run = api.post("/api/v1/data-protection/retention/run?dry_run=false", admin, "").body();
        assertThat(run.path("results").get(0).path("affected").asLong()).isPositive();
        assertThat(complainant(old)).isNull();
        assertThat(jdbc.sql("SELECT title FROM case_file WHERE id = ?").param(old).query(String.class).single())
                .as("the case itself stays").isEqualTo("Đơn cũ");
        assertThat(api.get("/api/v1/audit/events?action=retention.", admin).body().path("total").asLong())
                .isGreaterThanOrEqualTo(2);
        assertThat(api.post("/api/v1/data-protection/retention/run?dry_run=false", api.token("bhxh", "demo"), "")
                .status()).isEqualTo(403);
    }

    String complainant(long caseId) {
        return jdbc.sql("SELECT complainant FROM case_file WHERE id = ?").param(caseId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }
}
