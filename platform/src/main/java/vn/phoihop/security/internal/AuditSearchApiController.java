package vn.phoihop.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** Searching and exporting the audit trail (inspectors and administrators). */
@RestController
@Tag(name = "Audit")
class AuditSearchApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditSearch search;

    AuditSearchApiController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/audit/events")
    @Operation(summary = "Search the audit trail by actor, agency, action (prefix), object_type, object_id, outcome, "
            + "from, to (dates); inspectors and administrators")
    Map<String, Object> events(@RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "0") int page) {
        CurrentUser user = search.inspector();
        AuditSearch.Result result = search.search(user, filter(params), page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(AuditSearch::body).toList());
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        return body;
    }

    @GetMapping({"/api/v1/audit/events.csv", "/security/audit.csv"})
    @Operation(summary = "The same search as CSV (UTF-8, formula-safe); the export is audited")
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        CurrentUser user = search.inspector();
        return download(search.csv(user, filter(params)), "audit.csv", new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping({"/api/v1/audit/events.xlsx", "/security/audit.xlsx"})
    @Operation(summary = "The same search as XLSX (formula-safe); the export is audited")
    ResponseEntity<byte[]> xlsx(@RequestParam Map<String, String> params) throws IOException {
        CurrentUser user = search.inspector();
        return download(search.xlsx(user, filter(params)), "audit.xlsx", XLSX);
    }

    static AuditSearch.Filter filter(Map<String, String> p) {
        return new AuditSearch.Filter(p.get("actor"), p.get("agency"), p.get("action"), p.get("object_type"),
                p.get("object_id"), p.get("outcome"), date(p.get("from"), "from"), date(p.get("to"), "to"));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of(field, "a date yyyy-mm-dd"));
        }
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(bytes);
    }
}
