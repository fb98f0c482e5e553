package vn.phoihop.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Police requests for an insured person's record (QCPH 01/2022 Điều 7.1.đ: social security
 * provides personal information to the police on request). Filed by a police officer with the
 * person, purpose, legal basis and period; approved or denied by social security of the same
 * place; an approval is valid for {@code police_access.validity} (table protection_period).
 */
@Service
class PoliceAccessRequests {

    record Request(long id, String personId, String purpose, String legalBasis, LocalDate periodFrom,
            LocalDate periodTo, String provinceCode, String agencyCode, String requestedBy, Instant requestedAt,
            String status, String decidedBy, String decidedAgency, Instant decidedAt, String decisionNote,
            Instant validUntil) {

        /** pending, approved, denied, or expired (approved but past its validity). */
        String effectiveStatus(Instant now) {
            return status.equals("approved") && !validUntil.isAfter(now) ? "expired" : status;
        }
    }

    record NewRequest(String person_id, String purpose, String legal_basis, String period_from, String period_to) {
    }

    private final JdbcClient jdbc;
    private final AgencyRoles roles;
    private final AccessPolicy policy;
    private final AuditLog auditLog;
    private final Clock clock;

    PoliceAccessRequests(JdbcClient jdbc, AgencyRoles roles, AccessPolicy policy, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.policy = policy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    Request file(CurrentUser user, NewRequest request) {
        if (!roles.police(user) || !AgencyRoles.worker(user)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String person = request.person_id() == null ? "" : request.person_id().trim();
        if (!person.matches("[0-9]{12}|[0-9]{10}")) {
            problems.put("person_id", "12-digit personal id or 10-digit social insurance code");
        }
        if (blank(request.purpose())) {
            problems.put("purpose", "required");
        }
        if (blank(request.legal_basis())) {
            problems.put("legal_basis", "required (e.g. Bộ luật Tố tụng hình sự 2015 Điều 88)");
        }
        LocalDate from = date(request.period_from(), "period_from", problems);
        LocalDate to = date(request.period_to(), "period_to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("period_to", "not before period_from");
        }
        if (!problems.isEmpty()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.copyOf(problems));
        }
        long id = jdbc.sql("""
                INSERT INTO police_access_request (person_id, purpose, legal_basis, period_from, period_to,
                    province_code, agency_code, requested_by, requested_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending') RETURNING id""")
                .params(person, request.purpose().trim(), request.legal_basis().trim(), from, to,
                        user.agency().provinceCode(), user.agency().code(), user.username(), now())
                .query(Long.class).single();
        auditLog.recordForCurrentUser("access_request.file", "access_request", String.valueOf(id),
                AuditEntry.Outcome.SUCCESS, "person=" + person + " purpose=" + request.purpose().trim());
        return byId(id).orElseThrow();
    }

    /** The requests the user may see: police their agency's, social security those of their place. */
    List<Request> visible(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return query("TRUE", List.of());
        }
        if (roles.socialSecurity(user)) {
            String province = policy.provinceFilter(user);
            return province == null ? query("TRUE", List.of())
                    : query("province_code = ?", List.of(province));
        }
        if (roles.police(user)) {
            return query("agency_code = ?", List.of(user.agency().code()));
        }
        throw new PhoihopException(ErrorCode.ACCESS_DENIED);
    }

    /** One request, if the user may see it; 404 otherwise (its existence is not disclosed). */
    Request readable(CurrentUser user, long id) {
        Request request = byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        boolean may = user.has(Role.ADMIN)
                || (roles.socialSecurity(user) && policy.covers(user, request.provinceCode()))
                || (roles.police(user) && request.agencyCode().equals(user.agency().code()));
        if (!may) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
        return request;
    }

    @Transactional
    Request decide(CurrentUser user, long id, boolean approve, String note) {
        if (!roles.socialSecurity(user) || !AgencyRoles.worker(user)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        Request request = readable(user, id);
        if (!request.status().equals("pending")) {
            throw new PhoihopException(ErrorCode.ACCESS_REQUEST_DECIDED, Map.of("status", request.status()));
        }
        if (!approve && blank(note)) {
            throw new PhoihopException(ErrorCode.CASEWORK_REASON_REQUIRED);
        }
        Instant now = now().toInstant();
        Instant validUntil = approve ? now.plus(validity()) : null;
        int updated = jdbc.sql("""
                UPDATE police_access_request SET status = ?, decided_by = ?, decided_agency = ?, decided_at = ?,
                    decision_note = ?, valid_until = ?
                WHERE id = ? AND status = 'pending'""")
                .params(approve ? "approved" : "denied", user.username(), user.agency().code(),
                        now.atOffset(ZoneOffset.UTC), blank(note) ? null : note.trim(),
                        validUntil == null ? null : validUntil.atOffset(ZoneOffset.UTC), id)
                .update();
        if (updated == 0) {
            throw new PhoihopException(ErrorCode.ACCESS_REQUEST_DECIDED);
        }
        auditLog.recordForCurrentUser(approve ? "access_request.approve" : "access_request.deny", "access_request",
                String.valueOf(id), AuditEntry.Outcome.SUCCESS,
                "person=" + request.personId() + (validUntil == null ? "" : " valid_until=" + validUntil)
                        + (blank(note) ? "" : " note=" + note.trim()));
        return byId(id).orElseThrow();
    }

    /** How long an approval lasts: protection_period 'police_access.validity'. */
    Duration validity() {
        return jdbc.sql("SELECT amount FROM protection_period WHERE code = 'police_access.validity'")
                .query(Integer.class).optional().map(Duration::ofDays).orElse(Duration.ofDays(30));
    }

    Optional<Request> byId(long id) {
        return query("id = ?", List.of(id)).stream().findFirst();
    }

    Map<String, Object> body(Request r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("person_id", r.personId());
        body.put("purpose", r.purpose());
        body.put("legal_basis", r.legalBasis());
        body.put("period_from", r.periodFrom().toString());
        body.put("period_to", r.periodTo().toString());
        body.put("province", r.provinceCode());
        body.put("agency", r.agencyCode());
        body.put("requested_by", r.requestedBy());
        body.put("requested_at", r.requestedAt().toString());
        body.put("status", r.effectiveStatus(clock.instant()));
        body.put("decided_by", r.decidedBy());
        body.put("decided_agency", r.decidedAgency());
        body.put("decided_at", r.decidedAt() == null ? null : r.decidedAt().toString());
        body.put("decision_note", r.decisionNote());
        body.put("valid_until", r.validUntil() == null ? null : r.validUntil().toString());
        return body;
    }

    private List<Request> query(String condition, List<Object> params) {
        return jdbc.sql("SELECT * FROM police_access_request WHERE " + condition + " ORDER BY id DESC LIMIT 500")
                .params(params)
                .query((rs, n) -> new Request(rs.getLong("id"), rs.getString("person_id"), rs.getString("purpose"),
                        rs.getString("legal_basis"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getString("province_code"),
                        rs.getString("agency_code"), rs.getString("requested_by"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
                        rs.getString("decided_by"), rs.getString("decided_agency"),
                        instant(rs.getObject("decided_at", OffsetDateTime.class)), rs.getString("decision_note"),
                        instant(rs.getObject("valid_until", OffsetDateTime.class))))
                .list();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String value, String field, Map<String, String> problems) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.put(field, "a date yyyy-mm-dd");
            return null;
        }
    }
}
