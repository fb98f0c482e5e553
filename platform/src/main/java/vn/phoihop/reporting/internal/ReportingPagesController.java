package vn.phoihop.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.ReportingPeriod;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Reporting pages: the province dashboard with its charts (each drills down to the records), the
 * periodic report with its workflow, the lists, and the public page of the published list.
 */
@Controller
class ReportingPagesController {

    private final Reporting reporting;
    private final PeriodicReports reports;
    private final Lists lists;
    private final ReportingApiController api;

    ReportingPagesController(Reporting reporting, PeriodicReports reports, Lists lists, ReportingApiController api) {
        this.reporting = reporting;
        this.reports = reports;
        this.lists = lists;
        this.api = api;
    }

    /** The report's documents for a signed-in browser (the API takes bearer tokens only). */
    @GetMapping("/reporting/report/download")
    org.springframework.http.ResponseEntity<?> downloadReport(@RequestParam String period, @RequestParam String format) {
        return api.periodic(period, format, null);
    }

    /** A list's documents for a signed-in browser. */
    @GetMapping("/reporting/lists/{kind}/download")
    org.springframework.http.ResponseEntity<?> downloadList(@PathVariable String kind,
            @RequestParam(name = "as_of") String asOf, @RequestParam String format) {
        return api.list(kind, asOf, format, null);
    }

    /** The last half-year that has ended: H1 from July on, otherwise H2 of the year before. */
    String defaultPeriod() {
        LocalDate today = reporting.today();
        return today.getMonthValue() >= 7 ? today.getYear() + "-H1" : (today.getYear() - 1) + "-H2";
    }

    @GetMapping("/reporting")
    String dashboard(@RequestParam(required = false) String period, Model model) {
        String label = ReportingApiController.period(period == null || period.isBlank() ? defaultPeriod() : period)
                .label();
        String province = Access.province(null);
        ReportDocuments.Content content = reporting.content(label, province);
        List<Indicator> all = content.indicators();
        model.addAttribute("period", label);
        model.addAttribute("periodVi", ReportDocuments.periodVi(content.period()));
        model.addAttribute("content", content);
        model.addAttribute("periods", periods());
        Map<String, String> kpis = new LinkedHashMap<>();
        for (String key : List.of("participants.units_active", "participants.employees", "participants.health_coverage_pct",
                "arrears.units", "arrears.overdue_vnd", "arrears.evasion_vnd", "findings.total", "referrals.refer",
                "complaints.resolution_days", "duties.all.rate_pct", "verification.verified_pct")) {
            boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
            all.stream().filter(i -> i.key().equals(key)).findFirst()
                    .ifPresent(i -> kpis.put(english && i.labelEn() != null ? i.labelEn() : i.labelVi(),
                            ReportDocuments.format(i)));
        }
        model.addAttribute("kpis", kpis);
        LocalDate end = content.period().to();
        model.addAttribute("trendSvg", ReportDocuments.arrearsTrend(all, "/reporting/lists/arrears?as_of=").svg());
        model.addAttribute("findingsSvg", ReportDocuments.findingsChart(all, true).svg());
        model.addAttribute("casesSvg", ReportDocuments.casePipeline(all, true).svg());
        model.addAttribute("dutiesSvg", ReportDocuments.dutiesChart(all, true).svg());
        model.addAttribute("coverageSvg", ReportDocuments.coverageChart(all).svg());
        model.addAttribute("inspection", ReportDocuments.section(all, "inspection"));
        model.addAttribute("asOf", end);
        return "reporting/dashboard";
    }

    @GetMapping("/reporting/report")
    String report(@RequestParam(required = false) String period, Model model) {
        String label = ReportingApiController.period(period == null || period.isBlank() ? defaultPeriod() : period)
                .label();
        String province = Access.province(null);
        var user = Access.user();
        model.addAttribute("period", label);
        model.addAttribute("periodVi", ReportDocuments.periodVi(ReportingPeriod.parse(label)));
        model.addAttribute("periods", periods());
        model.addAttribute("parts", reports.parts(province, label));
        var deadlines = reports.deadlines(province, label);
        Map<String, String> roleNames = new LinkedHashMap<>();
        deadlines.forEach(d -> roleNames.put(d.fromRole(), reporting.holderName(d.fromRole(), province)));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("roleNames", roleNames);
        model.addAttribute("consolidated", reports.consolidated(province, label).orElse(null));
        var mine = reports.of(province, label, user.agency().code()).orElse(null);
        model.addAttribute("mine", mine);
        model.addAttribute("myNarrative", mine == null ? Map.of() : reports.narrative(mine.id()));
        model.addAttribute("sections", PeriodicReports.NARRATIVE);
        model.addAttribute("socialSecurity", reports.isSocialSecurity(user.agency(), province));
        return "reporting/report";
    }

    @PostMapping("/reporting/report/open")
    String open(@RequestParam String period) {
        PeriodicReports.Actor actor = Access.writer();
        reports.openPart(ReportingApiController.period(period).label(), actor);
        return "redirect:/reporting/report?period=" + period;
    }

    @PostMapping("/reporting/report/{id}/narrative")
    String narrative(@PathVariable long id, @RequestParam String section, @RequestParam String text) {
        reports.writeNarrative(id, section, text, Access.writer());
        return "redirect:/reporting/report?period=" + reports.byId(id).orElseThrow().period();
    }

    @PostMapping("/reporting/report/{id}/submit")
    String submit(@PathVariable long id) {
        PeriodicReports.Report report = reports.submit(id, Access.writer());
        return "redirect:/reporting/report?period=" + report.period();
    }

    @PostMapping("/reporting/report/consolidate")
    String consolidate(@RequestParam String period) {
        reports.consolidate(period, Access.writer());
        return "redirect:/reporting/report?period=" + period;
    }

    @GetMapping("/reporting/lists/{kind}")
    String list(@PathVariable String kind, @RequestParam(name = "as_of", required = false) String asOf, Model model) {
        if (!Lists.KINDS.contains(kind)) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
        LocalDate day = asOf == null || asOf.isBlank() ? defaultAsOf(kind) : ReportingApiController.date(asOf);
        String province = Access.province(null);
        Lists.ListResult list = lists.build(kind, province, day);
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (Sheet sheet : list.sheets()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", sheet.title());
            s.put("header", sheet.columns().stream().map(Sheet.Column::headerVi).toList());
            s.put("numeric", sheet.columns().stream().map(c -> c.kind() == Sheet.Kind.COUNT || c.kind() == Sheet.Kind.VND)
                    .toList());
            s.put("rows", sheet.rows().stream().map(r -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheet.columns().size(); c++) {
                    cells.add(Reporting.cell(r.get(c), sheet.columns().get(c).kind()));
                }
                return cells;
            }).toList());
            sheets.add(s);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", Lists.KINDS);
        model.addAttribute("list", list);
        model.addAttribute("sheets", sheets);
        model.addAttribute("asOf", day);
        model.addAttribute("published", reporting.latestPublished(province).orElse(null));
        model.addAttribute("socialSecurity", reports.isSocialSecurity(Access.user().agency(), province));
        return "reporting/list";
    }

    @PostMapping("/reporting/lists/arrears/publish")
    String publish(@RequestParam(name = "as_of") String asOf) {
        PeriodicReports.Actor actor = Access.writer();
        reporting.checkPublisher(Access.province(null), actor);
        reporting.publish(Access.province(null), ReportingApiController.date(asOf), actor);
        return "redirect:/public/late-units?province=" + actor.agency().provinceCode();
    }

    @GetMapping("/public/late-units")
    String publicList(@RequestParam(defaultValue = "51") String province, Model model) {
        if (!province.matches("\\d{2}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "2 digits"));
        }
        var published = reporting.latestPublished(province).orElse(null);
        model.addAttribute("published", published);
        model.addAttribute("province", province);
        model.addAttribute("provinceName", reporting.socialSecurity(province) == null ? province
                : reporting.socialSecurity(province).jurisdictionVi());
        List<Map<String, String>> rows = new ArrayList<>();
        if (published != null) {
            for (Map<String, Object> r : published.rows()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("tax_code", String.valueOf(r.get("tax_code")));
                row.put("name", String.valueOf(r.get("name")));
                row.put("status", String.valueOf(r.get("status")));
                row.put("months", String.valueOf(r.get("months")));
                row.put("overdue_vnd", Chart.number(((Number) r.get("overdue_vnd")).doubleValue()));
                rows.add(row);
            }
        }
        model.addAttribute("rows", rows);
        return "reporting/public";
    }

    LocalDate defaultAsOf(String kind) {
        LocalDate today = reporting.today();
        if (kind.equals("awards")) {
            return LocalDate.of(today.getYear() - (today.getMonthValue() == 12 && today.getDayOfMonth() == 31 ? 0 : 1), 12,
                    31);
        }
        LocalDate end = ReportingPeriod.parse(defaultPeriod()).to();
        return end;
    }

    List<String> periods() {
        int year = reporting.today().getYear();
        return List.of(year + "-H1", year + "-H2", String.valueOf(year), (year - 1) + "-H1", (year - 1) + "-H2",
                String.valueOf(year - 1));
    }
}
