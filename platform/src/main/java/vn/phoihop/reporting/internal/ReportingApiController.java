package vn.phoihop.reporting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.reporting.ReportingPeriod;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.shared.document.DocxWriter;
import vn.phoihop.shared.document.PdfWriter;

/** Periodic reports (workflow and documents), the lists, publication and the public list. */
@RestController
@Tag(name = "Reporting")
class ReportingApiController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Reporting reporting;
    private final PeriodicReports reports;
    private final Lists lists;

    ReportingApiController(Reporting reporting, PeriodicReports reports, Lists lists) {
        this.reporting = reporting;
        this.reports = reports;
        this.lists = lists;
    }

    @GetMapping("/api/v1/reports/periodic")
    @Operation(summary = "The periodic report of a period (YYYY-H1, YYYY-H2, YYYY) as DOCX, PDF, XLSX annex or JSON: "
            + "the consolidated report, or a draft with today's figures until social security consolidates")
    ResponseEntity<?> periodic(@RequestParam String period, @RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) String province) {
        ReportingPeriod p = period(period);
        String provinceCode = Access.province(province);
        ReportDocuments.Content content = reporting.content(p.label(), provinceCode);
        String name = "bao-cao-" + p.label() + "-" + provinceCode;
        return switch (format) {
            case "docx" -> file(DocxWriter.write(ReportDocuments.document(content)), DOCX, name + ".docx");
            case "pdf" -> file(PdfWriter.write(ReportDocuments.document(content)), MediaType.APPLICATION_PDF, name + ".pdf");
            case "xlsx" -> file(XlsxWriter.write(ReportDocuments.annex(content)), XLSX, name + "-phu-luc.xlsx");
            case "json" -> ResponseEntity.ok(ReportDocuments.json(content));
            default -> throw new PhoihopException(ErrorCode.REPORTING_BAD_PARAMETER, Map.of("format", "docx|pdf|xlsx|json"));
        };
    }

    @GetMapping("/api/v1/reports/periodic/parts")
    @Operation(summary = "Every agency's part of a period with its status and narrative")
    List<Map<String, Object>> parts(@RequestParam String period, @RequestParam(required = false) String province) {
        ReportingPeriod p = period(period);
        return reports.parts(Access.province(province), p.label()).stream().map(ReportingApiController::part).toList();
    }

    @PostMapping("/api/v1/reports/periodic/parts")
    @Operation(summary = "Open your agency's draft part of a period (returns the existing one if already open)")
    Map<String, Object> open(@RequestParam String period) {
        PeriodicReports.Actor actor = Access.writer();
        PeriodicReports.Report report = reports.openPart(period(period).label(), actor);
        return part(new PeriodicReports.Part(report, report.agencyCode(), reports.narrative(report.id())));
    }

    record NarrativeRequest(String text) {
    }

    @PutMapping("/api/v1/reports/periodic/parts/{id}/narrative/{section}")
    @Operation(summary = "Write a narrative section of your draft: results, difficulties or proposals")
    Map<String, Object> narrative(@PathVariable long id, @PathVariable String section,
            @RequestBody NarrativeRequest request) {
        reports.writeNarrative(id, section, request == null ? null : request.text(), Access.writer());
        PeriodicReports.Report report = reports.byId(id).orElseThrow();
        return part(new PeriodicReports.Part(report, report.agencyCode(), reports.narrative(id)));
    }

    @PostMapping("/api/v1/reports/periodic/parts/{id}/submit")
    @Operation(summary = "Submit your part to social security; fulfils your duty in the obligations calendar")
    Map<String, Object> submit(@PathVariable long id) {
        PeriodicReports.Report report = reports.submit(id, Access.writer());
        return part(new PeriodicReports.Part(report, report.agencyCode(), reports.narrative(id)));
    }

    @PostMapping("/api/v1/reports/periodic/consolidate")
    @Operation(summary = "Social security consolidates the period's report: figures frozen, number given, duty fulfilled")
    Map<String, Object> consolidate(@RequestParam String period) {
        PeriodicReports.Report report = reports.consolidate(period, Access.writer());
        return part(new PeriodicReports.Part(report, report.agencyCode(), reports.narrative(report.id())));
    }

    @GetMapping("/api/v1/lists/{kind}")
    @Operation(summary = "A list at a date: arrears (late and evading units), awards (status at 31/12, education at "
            + "end of July), new-units (new units and new unions), businesses (new, suspended, resumed, dissolved)")
    ResponseEntity<?> list(@PathVariable String kind, @RequestParam(name = "as_of") String asOf,
            @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String province) {
        if (!Lists.KINDS.contains(kind)) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("list", String.join("|", Lists.KINDS)));
        }
        LocalDate day = date(asOf);
        String provinceCode = Access.province(province);
        Lists.ListResult list = lists.build(kind, provinceCode, day);
        String name = "danh-sach-" + kind + "-" + day;
        return switch (format) {
            case "xlsx" -> file(XlsxWriter.write(list.sheets()), XLSX, name + ".xlsx");
            case "pdf" -> file(PdfWriter.write(reporting.listDocument(list, provinceCode)), MediaType.APPLICATION_PDF,
                    name + ".pdf");
            case "json" -> ResponseEntity.ok(Reporting.listJson(list));
            default -> throw new PhoihopException(ErrorCode.REPORTING_BAD_PARAMETER, Map.of("format", "xlsx|pdf|json"));
        };
    }

    @PostMapping("/api/v1/lists/arrears/publish")
    @Operation(summary = "Social security publishes the list of late and evading organisations at a date (Law 41/2024 Art. 35)")
    Map<String, Object> publish(@RequestParam(name = "as_of") String asOf) {
        PeriodicReports.Actor actor = Access.writer();
        reporting.checkPublisher(Access.province(null), actor);
        Reporting.Published published = reporting.publish(Access.province(null), date(asOf), actor);
        return published(published);
    }

    @GetMapping("/api/v1/public/lists/arrears")
    @Operation(summary = "The latest published list of late and evading organisations of a province (no sign-in)")
    Map<String, Object> publicList(@RequestParam(defaultValue = "51") String province) {
        if (!province.matches("\\d{2}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "2 digits, e.g. 51"));
        }
        return published(reporting.latestPublished(province)
                .orElseThrow(() -> new PhoihopException(ErrorCode.REPORTING_NOT_PUBLISHED)));
    }

    static Map<String, Object> published(Reporting.Published p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("province", p.provinceCode());
        out.put("as_of", p.asOf().toString());
        out.put("published_at", p.publishedAt().toString());
        out.put("basis", "Luật BHXH 41/2024 Điều 35");
        out.put("rows", p.rows());
        return out;
    }

    static Map<String, Object> part(PeriodicReports.Part part) {
        PeriodicReports.Report r = part.report();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("province", r.provinceCode());
        out.put("period", r.period());
        out.put("agency", r.agencyCode());
        out.put("agency_name", part.agencyName());
        out.put("kind", r.kind());
        out.put("status", r.status());
        out.put("number", r.number());
        out.put("submitted_at", r.submittedAt() == null ? null : r.submittedAt().toString());
        out.put("consolidated_at", r.consolidatedAt() == null ? null : r.consolidatedAt().toString());
        out.put("narrative", part.narrative());
        return out;
    }

    static ReportingPeriod period(String text) {
        return PeriodicReports.period(text);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PhoihopException(ErrorCode.REPORTING_BAD_PARAMETER, Map.of("as_of", "YYYY-MM-DD"));
        }
    }

    static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
