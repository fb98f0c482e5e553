package vn.phoihop.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.reconcile.Findings;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.Classification;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Masking;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** Cases: open, read with timeline and deadlines, act on the state machine, assign, extend a deadline. */
@RestController
@Tag(name = "Cases")
class CasesApiController {

    record NewCase(String type, String title, String subject, String province) {
    }

    record ActionRequest(String note, String to_agency, String result) {
    }

    record AssignRequest(String officer) {
    }

    /** {@code amount} in the unit of the extension rule; {@code days} is the older name of the same field. */
    record ExtendRequest(Integer amount, Integer days, String reason) {
        int value() {
            return amount != null ? amount : days != null ? days : 0;
        }
    }

    record ClassifyRequest(String complexity, Boolean remote_area, Integer attempt, String reason) {
    }

    record ParticipantRequest(String agency, String note) {
    }

    static final Set<String> POLICE_RESULTS = Set.of("prosecute", "not_prosecute", "suspend");

    record ClassificationRequest(String classification) {
    }

    private final CaseService cases;
    private final Competence competence;
    private final CaseAttachments attachments;
    private final vn.phoihop.security.AuditLog auditLog;
    private final CaseClassification classifications;
    private final Findings findings;

    CasesApiController(CaseService cases, Competence competence, CaseAttachments attachments,
            vn.phoihop.security.AuditLog auditLog, CaseClassification classifications, Findings findings) {
        this.cases = cases;
        this.competence = competence;
        this.attachments = attachments;
        this.auditLog = auditLog;
        this.classifications = classifications;
        this.findings = findings;
    }

    Map<String, Object> body(long id) {
        CurrentUser user = competence.user();
        CaseService.CaseFile file = cases.byId(id).orElseThrow();
        Map<String, Object> body = shown(user, file);
        body.put("attachments", attachments.of(id).stream()
                .filter(a -> competence.policy().cleared(user, classifications.ofAttachment(a.id())))
                .map(a -> {
                    Map<String, Object> m = CaseAttachments.body(a);
                    m.put("classification", classifications.ofAttachment(a.id()).dbValue());
                    return m;
                }).toList());
        return body;
    }

    /** The case as the user may see it: identified on a legal basis, or with identifiers masked. */
    Map<String, Object> shown(CurrentUser user, CaseService.CaseFile file) {
        Map<String, Object> body = cases.body(file);
        body.put("classification", classifications.ofCase(file.id()).dbValue());
        AccessPolicy.PersonalDataAccess access = personalData(user, file);
        body.put("personal_data", access.identified() ? "identified" : "masked");
        body.put("personal_data_basis", access.basis());
        if (!access.identified()) {
            List<String> known = file.subject() == null ? List.of() : List.of(file.subject());
            body.put("subject", Masking.text(file.subject(), known));
            body.put("title", Masking.text(file.title(), known));
            Object timeline = body.get("timeline");
            if (timeline instanceof List<?> events) {
                for (Object event : events) {
                    if (event instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> e = (Map<String, Object>) m;
                        e.put("note", Masking.text((String) e.get("note"), known));
                    }
                }
            }
        }
        return body;
    }

    private AccessPolicy.PersonalDataAccess personalData(CurrentUser user, CaseService.CaseFile file) {
        String agency = user.agency().code();
        String rule = file.findingId() == null ? null
                : findings.byId(file.findingId()).map(Findings.Finding::rule).orElse(null);
        return competence.policy().caseFile(user, rule, agency.equals(file.agencyCode()),
                agency.equals(file.referredTo()));
    }

    @PostMapping(path = "/api/v1/cases/{id}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "Attach a file (contest, inspection_record, evidence, other) to a case")
    ResponseEntity<Map<String, Object>> attach(@PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
            org.springframework.web.multipart.MultipartFile file,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "evidence") String purpose)
            throws java.io.IOException {
        store(id, file, purpose);
        return ResponseEntity.status(HttpStatus.CREATED).body(body(id));
    }

    /** Stores one attachment for the owning agency or the police of a referral (pages and API). */
    void store(long id, org.springframework.web.multipart.MultipartFile file, String purpose)
            throws java.io.IOException {
        CurrentUser user = worker();
        CaseService.CaseFile caseFile = visible(id);
        String agency = user.agency().code();
        if (!agency.equals(caseFile.agencyCode()) && !agency.equals(caseFile.referredTo())) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        if (file == null || file.isEmpty()) {
            throw new PhoihopException(ErrorCode.EXCHANGE_FILE_MISSING);
        }
        try (java.io.InputStream in = file.getInputStream()) {
            attachments.add(id, purpose, file.getOriginalFilename(), file.getContentType(), in, user.username(),
                    agency);
        }
    }

    @GetMapping("/api/v1/cases/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment exactly as received (audited)")
    ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable long id,
            @PathVariable long attachmentId) {
        visible(id);
        CaseAttachments.Attachment attachment = attachments.byId(attachmentId).filter(a -> a.caseId() == id)
                .filter(a -> competence.policy().cleared(competence.user(), classifications.ofAttachment(a.id())))
                .orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        auditLog.recordForCurrentUser("case.attachment.download", "case", String.valueOf(id),
                vn.phoihop.security.AuditEntry.Outcome.SUCCESS, attachment.fileName());
        return ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
                                .toString())
                .contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                .body(new org.springframework.core.io.FileSystemResource(attachments.file(attachment)));
    }

    @PostMapping("/api/v1/cases")
    @Operation(summary = "Open a case in the caller's agency (state received, with the legal deadlines of its type)")
    ResponseEntity<Map<String, Object>> open(@RequestBody NewCase request) {
        CurrentUser user = worker();
        if (request.type() == null || request.type().isBlank() || request.title() == null
                || request.title().isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("type", "a case type", "title", "required"));
        }
        String province = request.province() != null ? request.province() : user.agency().provinceCode();
        if (province != null) {
            competence.policy().requireCovers(user, province);
        }
        long id = cases.open(request.type(), request.title(), request.subject(), province, user.agency().code(),
                user.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(body(id));
    }

    @GetMapping("/api/v1/cases")
    @Operation(summary = "The cases of the caller's agency, and those referred to it; escalated_to_me=true: the "
            + "cases whose overdue deadline was escalated to the caller (a supervisor)")
    List<Map<String, Object>> list(@RequestParam(name = "escalated_to_me", defaultValue = "false") boolean mine) {
        CurrentUser user = competence.user();
        AccessPolicy policy = competence.policy();
        List<CaseService.CaseFile> files = mine ? cases.escalatedTo(user.username())
                : cases.ofAgency(user.agency().code());
        return files.stream()
                .filter(file -> policy.cleared(user, classifications.ofCase(file.id())))
                .filter(file -> file.provinceCode() == null || policy.covers(user, file.provinceCode()))
                .map(file -> shown(user, file)).toList();
    }

    @GetMapping("/api/v1/cases/{id}")
    @Operation(summary = "A case with timeline[] and deadlines[] (badges on_track, due_soon, overdue, met)")
    Map<String, Object> get(@PathVariable long id) {
        CaseService.CaseFile file = visible(id);
        Map<String, Object> body = body(id);
        auditLog.recordForCurrentUser("case.read", "case", String.valueOf(id),
                vn.phoihop.security.AuditEntry.Outcome.SUCCESS,
                "personal_data=" + body.get("personal_data") + (body.get("personal_data_basis") == null ? ""
                        : "; basis: " + body.get("personal_data_basis")) + "; type=" + file.type());
        return body;
    }

    @PostMapping("/api/v1/cases/{id}/classification")
    @Operation(summary = "Classify a case (thuong, mat, toi_mat): a supervisor of the owning agency, up to their "
            + "own clearance")
    Map<String, Object> classify(@PathVariable long id, @RequestBody ClassificationRequest request) {
        CurrentUser user = competence.user();
        CaseService.CaseFile file = visible(id);
        if (!user.has(Role.SUPERVISOR) || !file.agencyCode().equals(user.agency().code())) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        Classification wanted = classification(request.classification());
        if (!competence.policy().cleared(user, wanted)) {
            throw new PhoihopException(ErrorCode.ACCESS_NOT_CLEARED, Map.of("classification", wanted.dbValue()));
        }
        classifications.setCase(id, wanted);
        auditLog.recordForCurrentUser("case.classify", "case", String.valueOf(id),
                vn.phoihop.security.AuditEntry.Outcome.SUCCESS, wanted.dbValue());
        return body(id);
    }

    @PostMapping("/api/v1/cases/{id}/attachments/{attachmentId}/classification")
    @Operation(summary = "Classify an attachment (thuong, mat, toi_mat): a supervisor of the owning agency")
    Map<String, Object> classifyAttachment(@PathVariable long id, @PathVariable long attachmentId,
            @RequestBody ClassificationRequest request) {
        CurrentUser user = competence.user();
        CaseService.CaseFile file = visible(id);
        if (!user.has(Role.SUPERVISOR) || !file.agencyCode().equals(user.agency().code())) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        attachments.byId(attachmentId).filter(a -> a.caseId() == id)
                .filter(a -> competence.policy().cleared(user, classifications.ofAttachment(a.id())))
                .orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        Classification wanted = classification(request.classification());
        if (!competence.policy().cleared(user, wanted)) {
            throw new PhoihopException(ErrorCode.ACCESS_NOT_CLEARED, Map.of("classification", wanted.dbValue()));
        }
        classifications.setAttachment(attachmentId, wanted);
        auditLog.recordForCurrentUser("case.attachment.classify", "case", String.valueOf(id),
                vn.phoihop.security.AuditEntry.Outcome.SUCCESS, "attachment=" + attachmentId + " " + wanted.dbValue());
        return body(id);
    }

    private static Classification classification(String value) {
        try {
            return Classification.fromDb(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("classification", "thuong, mat or toi_mat"));
        }
    }

    @PostMapping("/api/v1/cases/{id}/actions/{action}")
    @Operation(summary = "Apply an action of the state machine (accept, reject, transfer, notify, contest, uphold, "
            + "withdraw, refer, resolve, close, police_accept, police_progress, police_result)")
    Map<String, Object> act(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) ActionRequest request) {
        CurrentUser user = worker();
        visible(id);
        ActionRequest r = request == null ? new ActionRequest(null, null, null) : request;
        String note = r.note();
        if (action.equals("police_result")) {
            if (r.result() == null || !POLICE_RESULTS.contains(r.result())) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                        Map.of("result", "prosecute, not_prosecute or suspend"));
            }
            note = r.result() + (note == null || note.isBlank() ? "" : ": " + note);
        }
        cases.act(id, action, note, r.to_agency(), user.username(), user.agency().code());
        return body(id);
    }

    @PostMapping("/api/v1/cases/{id}/assign")
    @Operation(summary = "Assign the case to an officer of the owning agency")
    Map<String, Object> assign(@PathVariable long id, @RequestBody AssignRequest request) {
        CurrentUser user = worker();
        CaseService.CaseFile file = visible(id);
        if (!file.agencyCode().equals(user.agency().code())) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        cases.assign(id, request.officer(), user.username(), user.agency().code());
        return body(id);
    }

    @PostMapping("/api/v1/cases/{id}/deadlines/{code}/extend")
    @Operation(summary = "Extend a legal deadline within what the law allows the case (deadline_extension_rule), "
            + "only with a recorded reason; body {amount, reason} (amount in the rule's unit)")
    Map<String, Object> extend(@PathVariable long id, @PathVariable String code, @RequestBody ExtendRequest request) {
        CurrentUser user = handler(id);
        cases.extend(id, code, request.value(), request.reason(), user.username(), user.agency().code());
        return body(id);
    }

    @PostMapping("/api/v1/cases/{id}/deadline-factors")
    @Operation(summary = "Record what the deadlines depend on (complexity normal|complex|very_complex, remote_area, "
            + "attempt 1|2 for a second complaint) with a reason; open deadlines are recounted (deadline_variant)")
    Map<String, Object> classify(@PathVariable long id, @RequestBody ClassifyRequest request) {
        CurrentUser user = handler(id);
        CaseService.CaseFile file = cases.byId(id).orElseThrow();
        LegalDeadlines.Classification current = file.classification();
        LegalDeadlines.Classification next = new LegalDeadlines.Classification(
                request.complexity() == null ? current.complexity() : request.complexity(),
                request.remote_area() == null ? current.remoteArea() : request.remote_area(),
                request.attempt() == null ? current.attempt() : request.attempt());
        cases.classify(id, next, request.reason(), user.username(), user.agency().code());
        return body(id);
    }

    /** The owning agency, or the police agency of a referral, may handle the case's deadlines. */
    private CurrentUser handler(long id) {
        CurrentUser user = worker();
        CaseService.CaseFile file = visible(id);
        if (!file.agencyCode().equals(user.agency().code()) && !user.agency().code().equals(file.referredTo())) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        return user;
    }

    @PostMapping("/api/v1/cases/{id}/participants")
    @Operation(summary = "Add a participating agency (it sees the case and its timeline)")
    Map<String, Object> participant(@PathVariable long id, @RequestBody ParticipantRequest request) {
        CurrentUser user = worker();
        CaseService.CaseFile file = visible(id);
        if (!file.agencyCode().equals(user.agency().code())) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        cases.addParticipant(id, request.agency(), request.note(), user.username(), user.agency().code());
        return body(id);
    }

    private CurrentUser worker() {
        CurrentUser user = competence.user();
        if (!(user.has(Role.OFFICER) || user.has(Role.SUPERVISOR))) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return user;
    }

    /**
     * The owning agency, the police agency of a referral and participants see a case, within their
     * jurisdiction; administrators see all. A case classified above the user's clearance answers
     * 404, as if it did not exist.
     */
    private CaseService.CaseFile visible(long id) {
        CurrentUser user = competence.user();
        CaseService.CaseFile file = cases.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        if (!competence.policy().cleared(user, classifications.ofCase(id))) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
        if (file.provinceCode() != null) {
            competence.policy().requireCovers(user, file.provinceCode());
        }
        String agency = user.agency().code();
        if (!user.has(Role.ADMIN) && !agency.equals(file.agencyCode()) && !agency.equals(file.referredTo())
                && !cases.participants(id).contains(agency)) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
        return file;
    }
}
