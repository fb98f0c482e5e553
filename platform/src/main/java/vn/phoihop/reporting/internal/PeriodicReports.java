package vn.phoihop.reporting.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.ReportingPeriod;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * The periodic reports of Quy chế Kon Tum Điều 24: every agency drafts its part with the narrative
 * it writes and submits it to social security (before 05/07 for the first half, before 20/12 for
 * the year); social security consolidates the parts and the platform's figures for the People's
 * Committee. Submitting fulfils the agency's duty in the obligations calendar (004-24.1.a/b),
 * consolidating fulfils social security's (004-24.2).
 */
@Service
class PeriodicReports {

    static final String SOCIAL_SECURITY = "social_security.province";
    static final List<String> NARRATIVE = List.of("results", "difficulties", "proposals");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ReportFigures figures;
    private final ObligationCalendar calendar;
    private final RoleAssignments roles;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Clock clock;

    PeriodicReports(JdbcClient jdbc, ReportFigures figures, ObligationCalendar calendar, RoleAssignments roles,
            Agencies agencies, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.calendar = calendar;
        this.roles = roles;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who acts: the user name and their agency. */
    record Actor(String username, Agency agency) {
    }

    record Report(long id, String provinceCode, String period, String agencyCode, String kind, String status,
            String number, String figuresJson, String createdBy, Instant createdAt, Instant submittedAt,
            Instant consolidatedAt, String consolidatedBy) {
    }

    /** An agency's part with its narrative ("results", "difficulties", "proposals" → text). */
    record Part(Report report, String agencyName, Map<String, String> narrative) {
    }

    /** A period from the request, or 400 {@code reporting.bad_parameter} saying the form it takes. */
    static ReportingPeriod period(String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new PhoihopException(ErrorCode.REPORTING_BAD_PARAMETER, Map.of("period", "YYYY-H1|YYYY-H2|YYYY"));
        }
    }

    Optional<Report> byId(long id) {
        return jdbc.sql("SELECT * FROM periodic_report WHERE id = ?").param(id).query(PeriodicReports::report).optional();
    }

    Optional<Report> of(String provinceCode, String period, String agencyCode) {
        return jdbc.sql("SELECT * FROM periodic_report WHERE province_code = ? AND period = ? AND agency_code = ?")
                .params(provinceCode, period, agencyCode).query(PeriodicReports::report).optional();
    }

    /** Social security's consolidated report of the period, if consolidated. */
    Optional<Report> consolidated(String provinceCode, String period) {
        return jdbc.sql("""
                SELECT * FROM periodic_report WHERE province_code = ? AND period = ? AND kind = 'consolidated'""")
                .params(provinceCode, period).query(PeriodicReports::report).optional();
    }

    /** Every agency's part of the period, submitted ones first. */
    List<Part> parts(String provinceCode, String period) {
        List<Report> reports = jdbc.sql("""
                SELECT * FROM periodic_report WHERE province_code = ? AND period = ? AND kind = 'part'
                ORDER BY CASE status WHEN 'submitted' THEN 0 ELSE 1 END, agency_code""")
                .params(provinceCode, period).query(PeriodicReports::report).list();
        List<Part> out = new ArrayList<>();
        for (Report r : reports) {
            out.add(new Part(r, agencies.byCode(r.agencyCode()).map(Agency::nameVi).orElse(r.agencyCode()),
                    narrative(r.id())));
        }
        return out;
    }

    Map<String, String> narrative(long reportId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT section_key, text FROM report_narrative WHERE report_id = ?").param(reportId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Opens the actor's agency's draft of the period (or returns the existing one). */
    @Transactional
    Report openPart(String period, Actor actor) {
        ReportingPeriod.parse(period);
        String province = province(actor);
        Optional<Report> existing = of(province, period, actor.agency().code());
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean socialSecurity = isSocialSecurity(actor.agency(), province);
        long id = jdbc.sql("""
                INSERT INTO periodic_report (province_code, period, agency_code, kind, status, created_by, created_at)
                VALUES (?, ?, ?, ?, 'draft', ?, ?) RETURNING id""")
                .params(province, period, actor.agency().code(), socialSecurity ? "consolidated" : "part",
                        actor.username(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        record(actor, "report.open", id, period);
        return byId(id).orElseThrow();
    }

    /** Writes one narrative section of a draft. */
    @Transactional
    void writeNarrative(long reportId, String sectionKey, String text, Actor actor) {
        Report report = mine(reportId, actor);
        if (!report.status().equals("draft")) {
            throw new PhoihopException(ErrorCode.REPORTING_NOT_DRAFT);
        }
        if (!NARRATIVE.contains(sectionKey)) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("section", String.join(", ", NARRATIVE)));
        }
        if (text == null || text.isBlank() || text.length() > 20_000) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("text", "1–20000 characters"));
        }
        jdbc.sql("""
                INSERT INTO report_narrative (report_id, section_key, text, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (report_id, section_key) DO UPDATE SET text = EXCLUDED.text,
                    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .params(reportId, sectionKey, text.strip(), actor.username(), Timestamp.from(clock.instant())).update();
        record(actor, "report.narrative", reportId, sectionKey);
    }

    /** Submits an agency's part to social security and fulfils its duty in the calendar. */
    @Transactional
    Report submit(long reportId, Actor actor) {
        Report report = mine(reportId, actor);
        if (!report.kind().equals("part")) {
            throw new PhoihopException(ErrorCode.REPORTING_NOT_DRAFT);
        }
        if (!report.status().equals("draft")) {
            throw new PhoihopException(ErrorCode.REPORTING_NOT_DRAFT);
        }
        if (narrative(reportId).get("results") == null) {
            throw new PhoihopException(ErrorCode.REPORTING_NARRATIVE_MISSING);
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE periodic_report SET status = 'submitted', submitted_at = ?, submitted_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor.username(), reportId).update();
        ReportingPeriod period = ReportingPeriod.parse(report.period());
        List<String> held = roles.rolesOf(actor.agency().id(), today());
        String duty = period.label().contains("-H") ? "004-24.1.a" : "004-24.1.b";
        fulfil(report.provinceCode(), period, duty, held, "BC-" + report.period() + "/" + report.agencyCode(), now);
        record(actor, "report.submit", reportId, report.period());
        return byId(reportId).orElseThrow();
    }

    /**
     * Social security consolidates: the figures are frozen, the report gets its number and the
     * submitted parts' narratives go into it; its own duty to the People's Committee is fulfilled.
     */
    @Transactional
    Report consolidate(String period, Actor actor) {
        String province = province(actor);
        if (!isSocialSecurity(actor.agency(), province)) {
            throw new PhoihopException(ErrorCode.REPORTING_NOT_SOCIAL_SECURITY);
        }
        ReportingPeriod p = period(period);
        Report report = openPart(period, actor);
        if (report.status().equals("consolidated")) {
            throw new PhoihopException(ErrorCode.REPORTING_ALREADY_CONSOLIDATED);
        }
        List<Indicator> frozen = figures.collect(p, province);
        Instant now = clock.instant();
        String number = nextNumber(province, now);
        jdbc.sql("""
                UPDATE periodic_report SET status = 'consolidated', number = ?, figures = ?, consolidated_at = ?,
                    consolidated_by = ?, submitted_at = ?, submitted_by = ? WHERE id = ?""")
                .params(number, JSON.writeValueAsString(frozen), Timestamp.from(now), actor.username(),
                        Timestamp.from(now), actor.username(), report.id()).update();
        fulfil(province, p, "004-24.2", roles.rolesOf(actor.agency().id(), today()), number, now);
        record(actor, "report.consolidate", report.id(), period + " " + number);
        return byId(report.id()).orElseThrow();
    }

    /** The frozen figures of a consolidated report. */
    static List<Indicator> frozen(Report report) {
        return JSON.readValue(report.figuresJson(), new TypeReference<List<Indicator>>() { });
    }

    /** The report's deadlines from the calendar (due date and article of the agencies' and social security's duties). */
    List<ObligationInstance> deadlines(String provinceCode, String period) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        String calendarPeriod = p.label().contains("-H") ? p.label().substring(5) : "Y";
        return calendar.instances(p.from().getYear(), provinceCode).stream()
                .filter(i -> i.dutyId().startsWith("004-24.") && i.period().equals(calendarPeriod))
                .toList();
    }

    /** Numbers restart each 1 January; below 10 with a leading 0 (Nghị định 30/2020 Phụ lục I). */
    private String nextNumber(String province, Instant now) {
        int year = LocalDate.ofInstant(now, DutyIndicators.ZONE).getYear();
        long issued = jdbc.sql("""
                SELECT count(*) FROM periodic_report WHERE province_code = ? AND number IS NOT NULL
                  AND EXTRACT(YEAR FROM consolidated_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = ?""")
                .params(province, year).query(Long.class).single();
        String symbol = jdbc.sql("SELECT value FROM reporting_rule WHERE code = 'report.number.symbol'")
                .query(String.class).single();
        return String.format(java.util.Locale.ROOT, "%02d/%s", issued + 1, symbol);
    }

    private void fulfil(String province, ReportingPeriod period, String duty, List<String> held, String reference,
            Instant at) {
        String calendarPeriod = period.label().contains("-H") ? period.label().substring(5) : "Y";
        for (ObligationInstance i : calendar.instances(period.from().getYear(), province)) {
            if (i.dutyId().equals(duty) && i.period().equals(calendarPeriod) && held.contains(i.fromRole())
                    && i.status() != ObligationInstance.Status.FULFILLED
                    && i.status() != ObligationInstance.Status.WAIVED) {
                calendar.fulfil(i.id(), new FulfilmentRef(FulfilmentRef.Kind.REPORT, reference), at);
            }
        }
    }

    boolean isSocialSecurity(Agency agency, String province) {
        return province.equals(agency.provinceCode()) && roles.rolesOf(agency.id(), today()).contains(SOCIAL_SECURITY);
    }

    private Report mine(long reportId, Actor actor) {
        Report report = byId(reportId).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (!report.agencyCode().equals(actor.agency().code())) {
            throw new PhoihopException(ErrorCode.REPORTING_NOT_YOURS);
        }
        return report;
    }

    private static String province(Actor actor) {
        String province = actor.agency().provinceCode();
        if (province == null) {
            throw new PhoihopException(ErrorCode.REPORTING_NOT_YOURS);
        }
        return province;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DutyIndicators.ZONE);
    }

    private void record(Actor actor, String action, long id, String detail) {
        audit.record(new AuditEntry(actor.username(), actor.agency().code(), action, "periodic_report",
                String.valueOf(id), AuditEntry.Outcome.SUCCESS, detail));
    }

    private static Report report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getLong("id"), rs.getString("province_code"), rs.getString("period"),
                rs.getString("agency_code"), rs.getString("kind"), rs.getString("status"), rs.getString("number"),
                rs.getString("figures"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "submitted_at"), instant(rs, "consolidated_at"), rs.getString("consolidated_by"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static BigDecimal value(List<Indicator> all, String key) {
        return all.stream().filter(i -> i.key().equals(key)).map(Indicator::value).findFirst().orElse(BigDecimal.ZERO);
    }
}
