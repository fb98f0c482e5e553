package vn.phoihop.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.registry.WorkingDays;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Data protection (Luật BVDLCN 91/2025/QH15, Nghị định 356/2025/NĐ-CP): the processing register
 * per dataset, data-subject requests with their deadlines, and personal-data breaches with the
 * 72-hour notification clock. Periods are data (table protection_period) with their citation.
 * An agency sees its own requests and breaches; administrators see all.
 */
@Service
class DataProtection {

    static final Set<String> KINDS = Set.of("access", "correction", "deletion", "objection");

    record NewSubjectRequest(String kind, String person_id, String requester, String channel, String details) {
    }

    record NewBreach(String detected_at, String description, String categories, Long subjects_estimate) {
    }

    private final JdbcClient jdbc;
    private final AgencyRoles roles;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;
    private final Clock clock;

    DataProtection(JdbcClient jdbc, AgencyRoles roles, WorkingDays workingDays, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    List<Map<String, Object>> register() {
        return jdbc.sql("SELECT * FROM processing_register ORDER BY dataset").query().listOfRows();
    }

    List<Map<String, Object>> periods() {
        return jdbc.sql("SELECT * FROM protection_period ORDER BY code").query().listOfRows();
    }

    int period(String code) {
        return jdbc.sql("SELECT amount FROM protection_period WHERE code = ?").param(code).query(Integer.class)
                .single();
    }

    CurrentUser worker() {
        CurrentUser user = roles.user();
        if (!AgencyRoles.worker(user) && !user.has(Role.ADMIN)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return user;
    }

    // ---- data-subject requests -------------------------------------------------------------

    @Transactional
    Map<String, Object> recordSubjectRequest(CurrentUser user, NewSubjectRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        String kind = request.kind() == null ? "" : request.kind().trim().toLowerCase(java.util.Locale.ROOT);
        if (!KINDS.contains(kind)) {
            problems.put("kind", "access, correction, deletion or objection");
        }
        String person = request.person_id() == null ? "" : request.person_id().trim();
        if (!person.matches("[0-9]{12}|[0-9]{10}")) {
            problems.put("person_id", "12-digit personal id or 10-digit social insurance code");
        }
        if (request.requester() == null || request.requester().isBlank()) {
            problems.put("requester", "required");
        }
        if (!problems.isEmpty()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.copyOf(problems));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, JdbcAccessPolicy.VIETNAM);
        LocalDate acknowledgeBy = workingDays.plusWorkingDays(today, period("subject_request.acknowledge"));
        LocalDate due = today.plusDays(period("subject_request.complete"));
        long id = jdbc.sql("""
                INSERT INTO subject_request (kind, person_id, requester, channel, details, agency_code, province_code,
                    received_at, acknowledge_by, due_on, status, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?) RETURNING id""")
                .params(kind, person, request.requester().trim(),
                        request.channel() == null || request.channel().isBlank() ? "paper" : request.channel().trim(),
                        request.details() == null ? "" : request.details(), user.agency().code(),
                        user.agency().provinceCode(), now.atOffset(ZoneOffset.UTC), acknowledgeBy, due,
                        user.username())
                .query(Long.class).single();
        auditLog.recordForCurrentUser("subject_request.record", "subject_request", String.valueOf(id),
                AuditEntry.Outcome.SUCCESS, kind + " person=" + person);
        return subjectRequest(user, id);
    }

    List<Map<String, Object>> subjectRequests(CurrentUser user) {
        return jdbc.sql("SELECT id FROM subject_request WHERE ? OR agency_code = ? ORDER BY id DESC LIMIT 500")
                .params(user.has(Role.ADMIN), user.agency().code()).query(Long.class).list().stream()
                .map(id -> subjectRequest(user, id)).toList();
    }

    Map<String, Object> subjectRequest(CurrentUser user, long id) {
        Map<String, Object> row = jdbc.sql("SELECT * FROM subject_request WHERE id = ?").param(id).query()
                .listOfRows().stream().findFirst().orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (!user.has(Role.ADMIN) && !user.agency().code().equals(row.get("agency_code"))) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
        Map<String, Object> body = new LinkedHashMap<>(row);
        LocalDate today = LocalDate.ofInstant(clock.instant(), JdbcAccessPolicy.VIETNAM);
        boolean open = row.get("status").equals("received") || row.get("status").equals("acknowledged");
        LocalDate due = ((java.sql.Date) row.get("due_on")).toLocalDate();
        LocalDate ackBy = ((java.sql.Date) row.get("acknowledge_by")).toLocalDate();
        body.put("acknowledge_by", ackBy.toString());
        body.put("due_on", due.toString());
        body.put("received_at", instant(row.get("received_at")));
        body.put("acknowledged_at", instant(row.get("acknowledged_at")));
        body.put("closed_at", instant(row.get("closed_at")));
        body.put("acknowledgement_overdue", row.get("status").equals("received") && today.isAfter(ackBy));
        body.put("overdue", open && today.isAfter(due));
        body.put("days_left", open ? java.time.temporal.ChronoUnit.DAYS.between(today, due) : null);
        return body;
    }

    @Transactional
    Map<String, Object> actOnSubjectRequest(CurrentUser user, long id, String action, String response) {
        Map<String, Object> current = subjectRequest(user, id);
        String status = (String) current.get("status");
        Instant now = clock.instant();
        switch (action) {
            case "acknowledge" -> {
                if (!status.equals("received")) {
                    throw new PhoihopException(ErrorCode.PROTECTION_CLOSED, Map.of("status", status));
                }
                jdbc.sql("UPDATE subject_request SET status = 'acknowledged', acknowledged_at = ? WHERE id = ?")
                        .params(now.atOffset(ZoneOffset.UTC), id).update();
            }
            case "complete", "refuse" -> {
                if (!status.equals("received") && !status.equals("acknowledged")) {
                    throw new PhoihopException(ErrorCode.PROTECTION_CLOSED, Map.of("status", status));
                }
                if (response == null || response.isBlank()) {
                    throw new PhoihopException(ErrorCode.CASEWORK_REASON_REQUIRED);
                }
                jdbc.sql("""
                        UPDATE subject_request SET status = ?, closed_at = ?, response = ?,
                            acknowledged_at = COALESCE(acknowledged_at, ?) WHERE id = ?""")
                        .params(action.equals("complete") ? "completed" : "refused", now.atOffset(ZoneOffset.UTC),
                                response.trim(), now.atOffset(ZoneOffset.UTC), id).update();
            }
            default -> throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("action", "acknowledge, complete or refuse"));
        }
        auditLog.recordForCurrentUser("subject_request." + action, "subject_request", String.valueOf(id),
                AuditEntry.Outcome.SUCCESS, response == null ? "" : response);
        return subjectRequest(user, id);
    }

    // ---- breaches ---------------------------------------------------------------------------

    @Transactional
    Map<String, Object> registerBreach(CurrentUser user, NewBreach breach) {
        if (breach.description() == null || breach.description().isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("description", "required"));
        }
        Instant now = clock.instant();
        Instant detected = now;
        if (breach.detected_at() != null && !breach.detected_at().isBlank()) {
            try {
                detected = OffsetDateTime.parse(breach.detected_at().trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                        Map.of("detected_at", "an ISO date-time with offset, e.g. 2026-07-01T08:30:00+07:00"));
            }
            if (detected.isAfter(now)) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("detected_at", "not in the future"));
            }
        }
        Instant due = detected.plus(Duration.ofHours(period("breach.notify")));
        long id = jdbc.sql("""
                INSERT INTO data_breach (agency_code, province_code, detected_at, registered_at, registered_by,
                    description, categories, subjects_estimate, notify_due_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open') RETURNING id""")
                .params(user.agency().code(), user.agency().provinceCode(), detected.atOffset(ZoneOffset.UTC),
                        now.atOffset(ZoneOffset.UTC), user.username(), breach.description().trim(),
                        breach.categories() == null ? "" : breach.categories(), breach.subjects_estimate(),
                        due.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        auditLog.recordForCurrentUser("breach.register", "breach", String.valueOf(id), AuditEntry.Outcome.SUCCESS,
                "notify_due_at=" + due);
        return breach(user, id);
    }

    List<Map<String, Object>> breaches(CurrentUser user) {
        return jdbc.sql("SELECT id FROM data_breach WHERE ? OR agency_code = ? ORDER BY id DESC LIMIT 500")
                .params(user.has(Role.ADMIN), user.agency().code()).query(Long.class).list().stream()
                .map(id -> breach(user, id)).toList();
    }

    Map<String, Object> breach(CurrentUser user, long id) {
        Map<String, Object> row = jdbc.sql("SELECT * FROM data_breach WHERE id = ?").param(id).query().listOfRows()
                .stream().findFirst().orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (!user.has(Role.ADMIN) && !user.agency().code().equals(row.get("agency_code"))) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
        Map<String, Object> body = new LinkedHashMap<>(row);
        Instant due = toInstant(row.get("notify_due_at"));
        Instant notified = toInstant(row.get("notified_at"));
        Instant now = clock.instant();
        for (String field : List.of("detected_at", "registered_at", "notify_due_at", "notified_at", "closed_at")) {
            body.put(field, instant(row.get(field)));
        }
        // whole hours left, rounded up: "2 hours left" until the last minute of the second hour
        body.put("hours_left", notified == null ? -Math.floorDiv(-Duration.between(now, due).toSeconds(), 3600L) : null);
        body.put("notification_overdue", notified == null && now.isAfter(due));
        body.put("notified_late", notified != null && notified.isAfter(due));
        return body;
    }

    @Transactional
    Map<String, Object> actOnBreach(CurrentUser user, long id, String action, String to, String note) {
        Map<String, Object> current = breach(user, id);
        String status = (String) current.get("status");
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        switch (action) {
            case "notify" -> {
                if (!status.equals("open")) {
                    throw new PhoihopException(ErrorCode.PROTECTION_CLOSED, Map.of("status", status));
                }
                if (to == null || to.isBlank()) {
                    throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                            Map.of("notified_to", "who was notified (e.g. A05 – Bộ Công an)"));
                }
                jdbc.sql("""
                        UPDATE data_breach SET status = 'notified', notified_at = ?, notified_to = ?,
                            notification_ref = ? WHERE id = ?""").params(now, to.trim(), note, id).update();
            }
            case "close" -> {
                if (status.equals("closed")) {
                    throw new PhoihopException(ErrorCode.PROTECTION_CLOSED, Map.of("status", status));
                }
                if (note == null || note.isBlank()) {
                    throw new PhoihopException(ErrorCode.CASEWORK_REASON_REQUIRED);
                }
                jdbc.sql("UPDATE data_breach SET status = 'closed', closed_at = ?, closure_note = ? WHERE id = ?")
                        .params(now, note.trim(), id).update();
            }
            default -> throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("action", "notify or close"));
        }
        auditLog.recordForCurrentUser("breach." + action, "breach", String.valueOf(id), AuditEntry.Outcome.SUCCESS,
                (to == null ? "" : "to=" + to + " ") + (note == null ? "" : note));
        return breach(user, id);
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private static String instant(Object value) {
        Instant instant = toInstant(value);
        return instant == null ? null : instant.toString();
    }
}
