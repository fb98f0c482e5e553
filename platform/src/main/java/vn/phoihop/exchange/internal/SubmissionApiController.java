package vn.phoihop.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.exchange.DatasetVersion;
import vn.phoihop.exchange.Receipt;
import vn.phoihop.exchange.ReceiptSignatures;
import vn.phoihop.exchange.SubmissionStatus;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * REST API of the exchange: submit, receipts, rejects, the archived file, versions, templates.
 * The web pages reach the downloads under {@code /exchange/...} with their session.
 */
@RestController
@Tag(name = "Data exchange")
class SubmissionApiController {

    /** The receipt exactly as issue #5 lists its fields. */
    record ReceiptBody(String id, String dataset, String sha256, long bytes, long rows_read, long rows_accepted,
            long rows_rejected, long warnings, String submitted_by, String agency, String received_at,
            String status) {

        static ReceiptBody of(Receipt r) {
            return new ReceiptBody(r.id().toString(), r.dataset(), r.sha256(), r.bytes(), r.rowsRead(),
                    r.rowsAccepted(), r.rowsRejected(), r.warnings(), r.submittedBy(), r.agency(),
                    r.receivedAt().toString(), r.status().dbValue());
        }
    }

    record VersionBody(String province, String dataset, int version, String submission_id, long rows,
            long rows_added, long rows_removed, long rows_changed, String created_at) {

        static VersionBody of(DatasetVersion v) {
            return new VersionBody(v.provinceCode(), v.dataset(), v.version(), v.submissionId().toString(), v.rows(),
                    v.rowsAdded(), v.rowsRemoved(), v.rowsChanged(), v.createdAt().toString());
        }
    }

    /** One submission with what the platform knows besides the receipt. */
    record SubmissionBody(ReceiptBody receipt, String province, String file_name, Long obligation_id,
            String failure, Long rows_read_so_far, VersionBody version, String receipt_jws) {
    }

    record VerifyBody(boolean valid, String key_id, Object receipt, Boolean matches_record, String problem) {
    }

    private final SubmissionService service;
    private final JdbcSubmissions submissions;
    private final SubmissionAccess access;
    private final VersionStore versions;
    private final ContentArchive archive;
    private final ExchangeSettings settings;
    private final ReceiptSigner signer;
    private final ValidationProgress progress;
    private final AuditLog audit;

    SubmissionApiController(SubmissionService service, JdbcSubmissions submissions, SubmissionAccess access,
            VersionStore versions, ContentArchive archive, ExchangeSettings settings, ReceiptSigner signer,
            ValidationProgress progress, AuditLog audit) {
        this.service = service;
        this.submissions = submissions;
        this.access = access;
        this.versions = versions;
        this.archive = archive;
        this.settings = settings;
        this.signer = signer;
        this.progress = progress;
        this.audit = audit;
    }

    @PostMapping(path = {"/api/v1/submissions", "/exchange/upload"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a dataset file (CSV or XLSX): archived, validated, answered with a signed receipt")
    ResponseEntity<ReceiptBody> submit(@RequestParam("dataset") String dataset,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "obligation_id", required = false) Long obligationId,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        if (file == null) {
            throw new PhoihopException(ErrorCode.EXCHANGE_FILE_MISSING);
        }
        Receipt receipt;
        try (InputStream content = file.getInputStream()) {
            receipt = service.submit(access.submitter(), dataset, file.getOriginalFilename(), content, obligationId,
                    idempotencyKey);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/submissions/" + receipt.id())
                .header("Receipt-Jws", receipt.signed() == null ? "" : receipt.signed())
                .body(ReceiptBody.of(receipt));
    }

    @GetMapping("/api/v1/submissions")
    @Operation(summary = "Submissions the user's agency sent or may receive, filtered by dataset, agency, period, status")
    List<ReceiptBody> list(@RequestParam(required = false) String dataset,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String status,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return visible(dataset, agency, status, from, to).stream().map(s -> ReceiptBody.of(s.receipt())).toList();
    }

    List<Submission> visible(String dataset, String agency, String status, LocalDate from, LocalDate to) {
        CurrentUser user = access.user();
        SubmissionStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        String province = access.provinceFilter(user);
        var filter = new JdbcSubmissions.Filter(blankToNull(dataset), blankToNull(agency), province, wanted, from, to);
        // whether one may read depends on the dataset, the province and who sent it: ask once per kind
        var decided = new java.util.HashMap<String, Boolean>();
        return submissions.list(filter, 500).stream()
                .filter(s -> decided.computeIfAbsent(s.provinceCode() + "/" + s.dataset() + "/"
                        + (s.agencyId() == user.agency().id()), kind -> access.mayRead(user, s)))
                .toList();
    }

    @GetMapping("/api/v1/submissions/{id}")
    @Operation(summary = "One submission: its receipt, status, version and signed receipt")
    SubmissionBody one(@PathVariable UUID id) {
        Submission s = access.readable(id);
        return body(s);
    }

    SubmissionBody body(Submission s) {
        return new SubmissionBody(ReceiptBody.of(s.receipt()), s.provinceCode(), s.fileName(), s.obligationId(),
                s.failure(), progress.rowsRead(s.id()).orElse(null),
                versions.ofSubmission(s.id()).map(VersionBody::of).orElse(null), s.receiptJws());
    }

    /** One submission of the user being validated now, with the rows read so far. */
    record ProgressBody(String id, String dataset, String status, Long rows_read_so_far) {
    }

    @GetMapping({"/api/v1/submissions/in-progress", "/exchange/progress"})
    @Operation(summary = "The user's own submissions being received or validated now, with the rows read so far")
    List<ProgressBody> inProgress() {
        CurrentUser user = access.user();
        var filter = new JdbcSubmissions.Filter(null, user.agency().code(), null, SubmissionStatus.VALIDATING, null,
                null);
        return submissions.list(filter, 20).stream().filter(s -> s.submittedBy().equals(user.username()))
                .map(s -> new ProgressBody(s.id().toString(), s.dataset(), s.status().dbValue(),
                        progress.rowsRead(s.id()).orElse(0L)))
                .toList();
    }

    @GetMapping(path = "/api/v1/submissions/{id}/receipt", produces = "application/jose")
    @Operation(summary = "The signed receipt (compact JWS, ES256 or RS256)")
    ResponseEntity<String> receipt(@PathVariable UUID id) {
        Submission s = access.readable(id);
        if (s.receiptJws() == null) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("status", s.status().dbValue()));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/jose"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"receipt-" + id + ".jws\"")
                .body(s.receiptJws());
    }

    @GetMapping({"/api/v1/submissions/{id}/rejects", "/exchange/submissions/{id}/rejects"})
    @Operation(summary = "Rejected rows: line, column, value, message in Vietnamese and English (CSV, or XLSX with format=xlsx)")
    void rejects(@PathVariable UUID id, @RequestParam(required = false) String format, HttpServletResponse response)
            throws IOException {
        Submission s = access.readable(id);
        var file = settings.submissionDirectory(id).resolve("rejects.csv");
        boolean xlsx = "xlsx".equals(format == null ? null : format.toLowerCase(Locale.ROOT));
        access.recordDownload(s, "rejects");
        String name = "rejects-" + s.dataset() + "-" + id + (xlsx ? ".xlsx" : ".csv");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        if (xlsx) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            RejectsExport.xlsx(file, response.getOutputStream());
        } else {
            response.setContentType("text/csv;charset=UTF-8");
            RejectsExport.csv(file, response.getOutputStream());
        }
    }

    @GetMapping({"/api/v1/submissions/{id}/file", "/exchange/submissions/{id}/file"})
    @Operation(summary = "The file exactly as it was received (from the content-addressed archive)")
    void file(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Submission s = access.readable(id);
        if (s.sha256() == null) {
            throw new PhoihopException(ErrorCode.NOT_FOUND, Map.of("status", s.status().dbValue()));
        }
        access.recordDownload(s, "file");
        var path = archive.path(s.sha256());
        response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        response.setContentLengthLong(Files.size(path));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(s.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(path, response.getOutputStream());
    }

    @GetMapping("/api/v1/datasets/{code}/versions")
    @Operation(summary = "The accepted versions of a dataset for a province, newest first, with what changed")
    List<VersionBody> versions(@PathVariable String code, @RequestParam(required = false) String province) {
        Dataset dataset = dataset(code);
        CurrentUser user = access.user();
        String place = province == null || province.isBlank() ? user.agency().provinceCode() : province;
        if (place == null || !access.covers(user, place)) {
            throw new PhoihopException(ErrorCode.EXCHANGE_NOT_ENTITLED, Map.of("province", String.valueOf(place)));
        }
        return versions.history(place, dataset.code()).stream().map(VersionBody::of).toList();
    }

    @GetMapping({"/api/v1/datasets/{code}/template.xlsx", "/exchange/templates/{code}.xlsx"})
    @Operation(summary = "Excel template of a dataset: headers, Vietnamese descriptions, text identifiers, drop-downs")
    void template(@PathVariable String code, HttpServletResponse response) throws IOException {
        Dataset dataset = dataset(code);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + dataset.code() + ".xlsx\"");
        ExcelTemplate.write(dataset, response.getOutputStream());
    }

    @PostMapping(path = "/api/v1/receipts/verify", consumes = {MediaType.TEXT_PLAIN_VALUE, "application/jose",
        MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Check a signed receipt (compact JWS in the body) against the platform's key and its record")
    ResponseEntity<VerifyBody> verify(@RequestBody String compactJws) {
        ReceiptSignatures.Verification check = ReceiptSignatures.verify(compactJws, signer.publicKey());
        if (!check.valid()) {
            audit.recordForCurrentUser("exchange.receipt.verify", "receipt", "", AuditEntry.Outcome.FAILURE,
                    check.problem());
            throw new PhoihopException(ErrorCode.EXCHANGE_RECEIPT_INVALID, Map.of("problem", check.problem()));
        }
        Map<?, ?> receipt = tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(check.receiptJson(), Map.class);
        Boolean matches = null;
        try {
            UUID id = UUID.fromString(String.valueOf(receipt.get("id")));
            matches = submissions.byId(id).map(s -> check.receiptJson()
                    .equals(SubmissionService.receiptJson(s.receipt()))).orElse(false);
        } catch (IllegalArgumentException notAnId) {
            matches = false;
        }
        audit.recordForCurrentUser("exchange.receipt.verify", "receipt", String.valueOf(receipt.get("id")),
                AuditEntry.Outcome.SUCCESS, "matches_record=" + matches);
        return ResponseEntity.ok(new VerifyBody(true, check.keyId(), receipt, matches, null));
    }

    @GetMapping(path = "/api/v1/receipts/public-key", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The platform's public receipt-signing key (JWK), to verify receipts offline")
    String publicKey() {
        return signer.publicKey().toJSONString();
    }

    private static Dataset dataset(String code) {
        return Catalog.byCode(code).orElseThrow(
                () -> new PhoihopException(ErrorCode.EXCHANGE_UNKNOWN_DATASET, Map.of("dataset", code)));
    }

    private static SubmissionStatus parseStatus(String status) {
        try {
            return SubmissionStatus.fromDb(status);
        } catch (IllegalArgumentException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("status", status));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
