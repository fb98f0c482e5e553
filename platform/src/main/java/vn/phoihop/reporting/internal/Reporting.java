package vn.phoihop.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.ReportingPeriod;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.shared.document.OfficialDocument;

/** Assembles reports and lists for the API and the pages: content, documents and publication. */
@Service
class Reporting {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PeriodicReports reports;
    private final ReportFigures figures;
    private final Lists lists;
    private final RoleAssignments roles;
    private final Agencies agencies;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Reporting(PeriodicReports reports, ReportFigures figures, Lists lists, RoleAssignments roles, Agencies agencies,
            JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.lists = lists;
        this.roles = roles;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DutyIndicators.ZONE);
    }

    /** The report of a period: the consolidated one (frozen figures) or, until then, a draft with today's figures. */
    ReportDocuments.Content content(String periodLabel, String provinceCode) {
        ReportingPeriod period = ReportingPeriod.parse(periodLabel);
        Optional<PeriodicReports.Report> consolidated = reports.consolidated(provinceCode, periodLabel)
                .filter(r -> r.status().equals("consolidated"));
        List<Indicator> indicators = consolidated.map(PeriodicReports::frozen)
                .orElseGet(() -> figures.collect(period, provinceCode));
        Agency bhxh = socialSecurity(provinceCode);
        Map<String, String> own = consolidated.map(r -> reports.narrative(r.id()))
                .orElseGet(() -> reports.of(provinceCode, periodLabel, bhxh == null ? "" : bhxh.code())
                        .map(r -> reports.narrative(r.id())).orElse(Map.of()));
        List<ObligationInstance> deadlines = reports.deadlines(provinceCode, periodLabel);
        List<String> notSubmitted = new ArrayList<>();
        for (ObligationInstance d : deadlines) {
            if (d.dutyId().startsWith("004-24.1") && d.status() != ObligationInstance.Status.FULFILLED
                    && d.status() != ObligationInstance.Status.WAIVED) {
                notSubmitted.add(roles.holder(d.fromRole(), provinceCode, period.to()).map(Agency::nameVi)
                        .orElse(d.fromRole()));
            }
        }
        String issuing = bhxh == null ? "BẢO HIỂM XÃ HỘI TỈNH" : bhxh.nameVi().toUpperCase(Locale.ROOT);
        String place = bhxh == null || bhxh.jurisdictionVi() == null ? provinceCode : bhxh.jurisdictionVi();
        LocalDate date = consolidated.map(r -> LocalDate.ofInstant(r.consolidatedAt(), DutyIndicators.ZONE))
                .orElse(today());
        return new ReportDocuments.Content(period, provinceCode, place, issuing,
                bhxh == null ? "Bảo hiểm xã hội tỉnh" : bhxh.nameVi(),
                consolidated.map(PeriodicReports.Report::status).orElse("draft"),
                consolidated.map(PeriodicReports.Report::number).orElse(null), date, indicators,
                parts(provinceCode, periodLabel, consolidated.orElse(null)), own, deadlines, notSubmitted);
    }

    /** The parts; for a consolidated report only those submitted before it was consolidated. */
    private List<PeriodicReports.Part> parts(String provinceCode, String period, PeriodicReports.Report consolidated) {
        List<PeriodicReports.Part> all = reports.parts(provinceCode, period);
        if (consolidated == null) {
            return all;
        }
        return all.stream().filter(p -> p.report().submittedAt() != null
                && !p.report().submittedAt().isAfter(consolidated.consolidatedAt())).toList();
    }

    /** The name of the agency holding a role in the province today, or the role's code. */
    String holderName(String role, String provinceCode) {
        return roles.holder(role, provinceCode, today()).map(Agency::nameVi).orElse(role);
    }

    Agency socialSecurity(String provinceCode) {
        return roles.holder(PeriodicReports.SOCIAL_SECURITY, provinceCode, today()).orElse(null);
    }

    /** A list as an official document (PDF): "DANH SÁCH" in the Decree 30/2020 layout. */
    OfficialDocument listDocument(Lists.ListResult list, String provinceCode) {
        Agency bhxh = socialSecurity(provinceCode);
        List<OfficialDocument.Section> body = new ArrayList<>();
        body.add(new OfficialDocument.Section(null, List.of(new OfficialDocument.Paragraph("Căn cứ: " + list.basis()
                + ". Số liệu từ dữ liệu được chấp nhận mới nhất của các cơ quan trên nền tảng PhoiHop."))));
        for (Sheet sheet : list.sheets()) {
            List<String> header = sheet.columns().stream().map(Sheet.Column::headerVi).toList();
            List<Boolean> numeric = sheet.columns().stream().map(c -> c.kind() == Sheet.Kind.COUNT
                    || c.kind() == Sheet.Kind.VND || c.kind() == Sheet.Kind.PERCENT).toList();
            List<List<String>> rows = sheet.rows().stream().map(r -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheet.columns().size(); c++) {
                    cells.add(cell(r.get(c), sheet.columns().get(c).kind()));
                }
                return cells;
            }).toList();
            List<OfficialDocument.Block> blocks = new ArrayList<>();
            blocks.add(rows.isEmpty() ? new OfficialDocument.Paragraph("Không có.")
                    : new OfficialDocument.Table(header, rows, numeric));
            body.add(new OfficialDocument.Section(sheet.title() + " (" + rows.size() + ")", blocks));
        }
        String place = bhxh == null || bhxh.jurisdictionVi() == null ? provinceCode : bhxh.jurisdictionVi();
        return new OfficialDocument("BẢO HIỂM XÃ HỘI VIỆT NAM",
                bhxh == null ? "BẢO HIỂM XÃ HỘI TỈNH" : bhxh.nameVi().toUpperCase(Locale.ROOT), "      /DS-BHXH", place,
                today(), "DANH SÁCH", list.titleVi(), null, body,
                new OfficialDocument.Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ""), List.of("Các cơ quan phối hợp", "Lưu: VT"));
    }

    static String cell(Object value, Sheet.Kind kind) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case COUNT, VND -> Chart.number(((Number) value).doubleValue());
            case PERCENT -> Chart.number(Double.parseDouble(value.toString())) + " %";
            case DATE -> ReportDocuments.DAY.format((LocalDate) value);
            default -> value.toString();
        };
    }

    static Map<String, Object> listJson(Lists.ListResult list) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("list", list.kind());
        out.put("as_of", list.asOf().toString());
        out.put("from", list.from() == null ? null : list.from().toString());
        out.put("title", list.titleVi());
        out.put("basis", list.basis());
        Map<String, Object> sheets = new LinkedHashMap<>();
        for (Sheet sheet : list.sheets()) {
            sheets.put(sheet.name(), rows(sheet));
        }
        out.put("sheets", sheets);
        return out;
    }

    static List<Map<String, Object>> rows(Sheet sheet) {
        return sheet.rows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int c = 0; c < sheet.columns().size(); c++) {
                Object v = r.get(c);
                m.put(sheet.columns().get(c).key(), v instanceof LocalDate d ? d.toString() : v);
            }
            return m;
        }).toList();
    }

    // ---- publication (Luật BHXH 41/2024 Điều 35) --------------------------------------------

    record Published(long id, String provinceCode, LocalDate asOf, List<Map<String, Object>> rows, String publishedBy,
            java.time.Instant publishedAt) {
    }

    /** Only the province's social security publishes (checked before the request's values are read). */
    void checkPublisher(String provinceCode, PeriodicReports.Actor actor) {
        if (!reports.isSocialSecurity(actor.agency(), provinceCode)) {
            throw new PhoihopException(ErrorCode.REPORTING_NOT_SOCIAL_SECURITY);
        }
    }

    @Transactional
    Published publish(String provinceCode, LocalDate asOf, PeriodicReports.Actor actor) {
        checkPublisher(provinceCode, actor);
        Lists.ListResult list = lists.arrears(provinceCode, asOf, true);
        List<Map<String, Object>> rows = rows(list.sheets().get(0));
        int updated = jdbc.sql("""
                INSERT INTO published_list (province_code, list_kind, as_of, rows_json, row_count, published_by, published_at)
                VALUES (?, 'arrears', ?, ?, ?, ?, ?)
                ON CONFLICT (province_code, list_kind, as_of) DO NOTHING""")
                .params(provinceCode, asOf, JSON.writeValueAsString(rows), rows.size(), actor.username(),
                        Timestamp.from(clock.instant())).update();
        if (updated == 0) {
            throw new PhoihopException(ErrorCode.CONFLICT);
        }
        Published published = latestPublished(provinceCode).orElseThrow();
        audit.record(new AuditEntry(actor.username(), actor.agency().code(), "list.publish", "published_list",
                String.valueOf(published.id()), AuditEntry.Outcome.SUCCESS, "arrears as_of=" + asOf + " rows=" + rows.size()));
        return published;
    }

    Optional<Published> latestPublished(String provinceCode) {
        return jdbc.sql("""
                SELECT id, province_code, as_of, rows_json, published_by, published_at FROM published_list
                WHERE province_code = ? AND list_kind = 'arrears' ORDER BY as_of DESC, id DESC LIMIT 1""")
                .param(provinceCode)
                .query((rs, n) -> new Published(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        JSON.readValue(rs.getString(4), new TypeReference<List<Map<String, Object>>>() { }),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** Provinces that have a published list (the public page's choice). */
    List<String> publishedProvinces() {
        return jdbc.sql("SELECT DISTINCT province_code FROM published_list ORDER BY province_code").query(String.class)
                .list();
    }

    Optional<Agency> agency(String code) {
        return agencies.byCode(code);
    }
}
