package vn.phoihop.security.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * The audit trail as inspectors search it: by user, agency, action, subject and period, with
 * every value a bound parameter. An inspectorate of a province sees the events of its province's
 * agencies; administrators and central inspectors see all. Exports are audited and formula-safe.
 */
@Service
class AuditSearch {

    static final int PAGE_SIZE = 100;
    static final int EXPORT_LIMIT = 100_000;
    static final List<String> COLUMNS = List.of("seq", "occurred_at", "actor", "agency", "action", "object_type",
            "object_id", "outcome", "details");

    record Filter(String actor, String agency, String action, String objectType, String objectId, String outcome,
            LocalDate from, LocalDate to) {
    }

    record Event(long seq, String occurredAt, String actor, String agency, String action, String objectType,
            String objectId, String outcome, String details) {

        List<String> values() {
            return List.of(String.valueOf(seq), occurredAt, nz(actor), nz(agency), nz(action), nz(objectType),
                    nz(objectId), nz(outcome), nz(details));
        }

        private static String nz(String value) {
            return value == null ? "" : value;
        }
    }

    record Result(List<Event> items, long total, int page, int size) {
    }

    private final JdbcClient jdbc;
    private final AgencyRoles roles;
    private final AccessPolicy policy;
    private final AuditLog auditLog;

    AuditSearch(JdbcClient jdbc, AgencyRoles roles, AccessPolicy policy, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.policy = policy;
        this.auditLog = auditLog;
    }

    CurrentUser inspector() {
        CurrentUser user = roles.user();
        if (!roles.inspector(user)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return user;
    }

    Result search(CurrentUser user, Filter filter, int page) {
        Where where = where(user, filter);
        long total = jdbc.sql("SELECT count(*) FROM audit_event e WHERE " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(PAGE_SIZE);
        params.add((long) Math.max(page, 0) * PAGE_SIZE);
        List<Event> items = jdbc.sql("SELECT * FROM audit_event e WHERE " + where.sql()
                + " ORDER BY seq DESC LIMIT ? OFFSET ?").params(params).query((rs, n) -> event(rs)).list();
        return new Result(items, total, Math.max(page, 0), PAGE_SIZE);
    }

    byte[] csv(CurrentUser user, Filter filter) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (Event event : export(user, filter, "csv")) {
            List<String> cells = event.values().stream().map(AuditSearch::csvCell).toList();
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(CurrentUser user, Filter filter) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("audit");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int r = 1;
            for (Event event : export(user, filter, "xlsx")) {
                Row row = sheet.createRow(r++);
                List<String> values = event.values();
                for (int i = 0; i < values.size(); i++) {
                    // string cells are never evaluated, and the same neutralising as CSV keeps copies safe
                    row.createCell(i).setCellValue(neutralise(values.get(i)));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private List<Event> export(CurrentUser user, Filter filter, String format) {
        Where where = where(user, filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(EXPORT_LIMIT);
        List<Event> events = jdbc.sql("SELECT * FROM audit_event e WHERE " + where.sql() + " ORDER BY seq LIMIT ?")
                .params(params).query((rs, n) -> event(rs)).list();
        auditLog.recordForCurrentUser("audit.export", "audit", format, AuditEntry.Outcome.SUCCESS,
                events.size() + " events; " + filter);
        return events;
    }

    /** A text a spreadsheet will not run: a leading =, +, -, @, tab or carriage return gets a quote. */
    static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String csvCell(String value) {
        String safe = neutralise(value);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private record Where(String sql, List<Object> params) {
    }

    private Where where(CurrentUser user, Filter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String province = policy.provinceFilter(user);
        if (province != null) {
            conditions.add("e.agency IN (SELECT code FROM agency WHERE province_code = ?)");
            params.add(province);
        }
        add(conditions, params, "e.actor = ?", f.actor());
        add(conditions, params, "e.agency = ?", f.agency());
        if (f.action() != null && !f.action().isBlank()) {
            conditions.add("e.action LIKE ? ESCAPE '\\'");
            params.add(like(f.action().trim()) + "%");
        }
        add(conditions, params, "e.object_type = ?", f.objectType());
        add(conditions, params, "e.object_id = ?", f.objectId());
        add(conditions, params, "e.outcome = ?", f.outcome());
        if (f.from() != null) {
            conditions.add("e.occurred_at >= ?");
            params.add(f.from().atStartOfDay(JdbcAccessPolicy.VIETNAM).toOffsetDateTime());
        }
        if (f.to() != null) {
            conditions.add("e.occurred_at < ?");
            params.add(f.to().plusDays(1).atStartOfDay(JdbcAccessPolicy.VIETNAM).toOffsetDateTime());
        }
        return new Where(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params);
    }

    private static void add(List<String> conditions, List<Object> params, String condition, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(condition);
            params.add(value.trim());
        }
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Event(rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toString(),
                rs.getString("actor"), rs.getString("agency"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("outcome"), rs.getString("details"));
    }

    static Map<String, Object> body(Event e) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            body.put(COLUMNS.get(i), i == 0 ? (Object) e.seq() : e.values().get(i));
        }
        return body;
    }
}
