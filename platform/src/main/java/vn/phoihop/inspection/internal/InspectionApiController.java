package vn.phoihop.inspection.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.inspection.Inspections;
import vn.phoihop.inspection.internal.InspectionService.Inspection;
import vn.phoihop.inspection.internal.InspectionService.Plan;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.shared.document.DocxWriter;
import vn.phoihop.shared.document.PdfWriter;
import vn.phoihop.shared.document.OfficialDocument;

/**
 * Joint inspections: candidates, plans and their workflow, inspections with team, checklist,
 * records, conclusion and recommendations. Plans are visible to their parties, an inspection's
 * content to its lead and members; administrators see everything.
 */
@RestController
@Tag(name = "Inspections")
class InspectionApiController {

    record NewPlanRequest(Integer year, String level, String province, String title) {
    }

    record NewInspectionRequest(String type, String target_code, String target_name, String scope,
            String period_from, String period_to, Integer planned_month, BigDecimal risk_score, String reason,
            String province) {
    }

    record AgenciesRequest(List<String> agencies) {
    }

    record CommentRequest(String body) {
    }

    record InviteRequest(String agency) {
    }

    record AnswerRequest(Boolean confirm, String member_name, String note) {
    }

    record CheckRequest(String result, String note) {
    }

    record RecordRequest(String held_on, String place, String content, String employer_representative) {
    }

    record ViolationRequest(String description, String legal_basis, Long amount_to_recover_vnd) {
    }

    record RecommendationRequest(String text, String addressee, String responsible_agency, String due_on,
            Long amount_vnd, String follow_up, Long case_id) {
    }

    record ConclusionRequest(String number, String concluded_on, String summary, String unpublished_content,
            String signer_name, String signer_title, List<ViolationRequest> violations,
            List<RecommendationRequest> recommendations) {
    }

    record DoneRequest(String note, Long recovered_vnd, String done_on) {
    }

    private final InspectionService service;
    private final InspectionViews views;
    private final CandidateFinder candidates;
    private final InspectionDocuments documents;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final RoleAssignments roles;

    InspectionApiController(InspectionService service, InspectionViews views, CandidateFinder candidates,
            InspectionDocuments documents, AuditLog auditLog, JdbcClient jdbc, RoleAssignments roles) {
        this.service = service;
        this.views = views;
        this.candidates = candidates;
        this.documents = documents;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.roles = roles;
    }

    // ---- access ---------------------------------------------------------------------------

    static CurrentUser user() {
        return CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
    }

    static Inspections.Actor worker() {
        CurrentUser user = user();
        if (!(user.has(Role.OFFICER) || user.has(Role.SUPERVISOR))) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return new Inspections.Actor(user.username(), user.agency().code());
    }

    static Inspections.Actor supervisor() {
        CurrentUser user = user();
        if (!user.has(Role.SUPERVISOR)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED, Map.of("role", "SUPERVISOR approves and publishes"));
        }
        return new Inspections.Actor(user.username(), user.agency().code());
    }

    Plan visiblePlan(long id) {
        CurrentUser user = user();
        Plan plan = service.planOrThrow(id);
        if (!user.has(Role.ADMIN) && !service.planParties(plan).contains(user.agency().code())) {
            denied("inspection_plan", id);
        }
        return plan;
    }

    /** An inspection's content is for its lead, its (not declined) members and administrators only. */
    Inspection visibleInspection(long id) {
        CurrentUser user = user();
        Inspection inspection = service.inspectionOrThrow(id);
        if (!user.has(Role.ADMIN) && !service.isParty(inspection, user.agency().code())) {
            denied("inspection", id);
        }
        return inspection;
    }

    private void denied(String type, long id) {
        auditLog.recordForCurrentUser("inspection.read", type, String.valueOf(id), AuditEntry.Outcome.DENIED,
                "not a party");
        throw new PhoihopException(ErrorCode.INSPECTION_NOT_PARTY);
    }

    /** Candidates are leads from findings: for agencies holding an inspection role in the province. */
    String candidateProvince(String province) {
        CurrentUser user = user();
        if (user.has(Role.ADMIN)) {
            if (province == null || province.isBlank()) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "required for administrators"));
            }
            return province;
        }
        String own = user.agency().provinceCode();
        if (own == null || (province != null && !province.isBlank() && !province.equals(own))) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED, Map.of("province", "your agency's province only"));
        }
        List<String> held = roles.rolesOf(user.agency().id(), service.today());
        long inspecting = held.isEmpty() ? 0 : jdbc.sql("SELECT count(*) FROM inspection_agency_role WHERE role_code IN ("
                + String.join(",", held.stream().map(r -> "?").toList()) + ")").params(new ArrayList<>(held))
                .query(Long.class).single();
        if (inspecting == 0) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED, Map.of("role", "an inspection role (inspection_agency_role)"));
        }
        return own;
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of(field, "a date YYYY-MM-DD, not " + value));
        }
    }

    // ---- candidates and reference data ------------------------------------------------------

    @GetMapping("/api/v1/inspections/candidates")
    @Operation(summary = "Employers ranked by risk score for next year's (or the given year's) plan, each with its reasons")
    Map<String, Object> candidates(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province) {
        String scope = candidateProvince(province);
        int forYear = year == null ? service.today().getYear() + 1 : year;
        List<Map<String, Object>> items = new ArrayList<>();
        int rank = 1;
        for (RiskScore.Candidate c : candidates.candidates(forYear, scope)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rank", rank++);
            item.put("target_code", c.targetCode());
            item.put("name", c.name());
            item.put("unit_codes", c.unitCodes());
            item.put("score", c.score());
            item.put("amount_in_arrears_vnd", c.amountInArrearsVnd());
            item.put("planned_inspection_id", c.plannedInspectionId());
            item.put("reasons", c.reasons().stream().map(r -> {
                Map<String, Object> reason = new LinkedHashMap<>();
                reason.put("factor", r.factor());
                reason.put("label_vi", r.labelVi());
                reason.put("label_en", r.labelEn());
                reason.put("number", r.raw());
                reason.put("unit", r.unit());
                reason.put("points", r.points());
                reason.put("legal_basis", r.legalBasis());
                reason.put("details", r.details());
                reason.put("finding_ids", r.findingIds());
                return reason;
            }).toList());
            item.put("findings", c.findings().entrySet().stream()
                    .map(f -> Map.of("id", f.getKey(), "detail", f.getValue())).toList());
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", forYear);
        body.put("province", scope);
        body.put("factors", views.factors());
        body.put("candidates", items);
        return body;
    }

    @GetMapping("/api/v1/inspections/risk-factors")
    @Operation(summary = "The risk factors with their weights, caps and legal basis (data)")
    List<Map<String, Object>> factors() {
        user();
        return views.factors();
    }

    @GetMapping("/api/v1/inspections/types")
    @Operation(summary = "Inspection types with their checklists and legal basis (data)")
    List<Map<String, Object>> types() {
        user();
        List<Map<String, Object>> types = new ArrayList<>();
        for (Map<String, Object> type : views.types()) {
            Map<String, Object> copy = new LinkedHashMap<>(type);
            copy.put("checklist", jdbc.sql("""
                    SELECT id, position, text_vi, text_en, legal_basis FROM inspection_checklist_item
                    WHERE type_code = ? ORDER BY position""").param(type.get("code")).query().listOfRows());
            types.add(copy);
        }
        return types;
    }

    // ---- plans ----------------------------------------------------------------------------

    @GetMapping("/api/v1/inspections/plans")
    @Operation(summary = "The plans the caller's agency is a party to")
    List<Map<String, Object>> plans() {
        CurrentUser user = user();
        return views.plans(user.agency().code(), user.has(Role.ADMIN));
    }

    @PostMapping("/api/v1/inspections/plans")
    @Operation(summary = "Draft a yearly plan (level province or central) led by the caller's agency")
    ResponseEntity<Map<String, Object>> createPlan(@RequestBody NewPlanRequest request) {
        Inspections.Actor actor = worker();
        CurrentUser user = user();
        int year = request.year() == null ? service.today().getYear() + 1 : request.year();
        String level = request.level() == null ? "province" : request.level();
        String province = request.province() == null ? user.agency().provinceCode() : request.province();
        long id = service.createPlan(new Inspections.NewPlan(year, level, province, request.title()), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.plan(service.planOrThrow(id), actor.agencyCode()));
    }

    @GetMapping("/api/v1/inspections/plans/{id}")
    @Operation(summary = "A plan: its inspections (no records or conclusions), parties, comments, allowed actions")
    Map<String, Object> plan(@PathVariable long id) {
        return views.plan(visiblePlan(id), user().agency().code());
    }

    Inspections.NewInspection newInspection(NewInspectionRequest r) {
        LocalDate from = date("period_from", r.period_from());
        LocalDate to = date("period_to", r.period_to());
        return new Inspections.NewInspection(r.type() == null ? "contribution" : r.type(), r.target_code(),
                r.target_name(), r.scope(), from, to, r.planned_month() == null ? 0 : r.planned_month(), r.risk_score());
    }

    @PostMapping("/api/v1/inspections/plans/{id}/inspections")
    @Operation(summary = "Add an inspection to a draft plan (type, target, scope, period, month)")
    ResponseEntity<Map<String, Object>> addInspection(@PathVariable long id, @RequestBody NewInspectionRequest request) {
        long inspectionId = service.addInspection(id, newInspection(request), worker());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(views.inspectionSummary(service.inspectionOrThrow(inspectionId)));
    }

    @PostMapping("/api/v1/inspections/plans/{id}/consult")
    @Operation(summary = "Send the draft to partner agencies for comments (default: the member agencies)")
    Map<String, Object> consult(@PathVariable long id, @RequestBody(required = false) AgenciesRequest request) {
        Inspections.Actor actor = worker();
        service.consult(id, request == null ? List.of() : request.agencies(), actor);
        return views.plan(service.planOrThrow(id), actor.agencyCode());
    }

    @PostMapping("/api/v1/inspections/plans/{id}/comments")
    @Operation(summary = "Comment on a plan under consultation (its parties)")
    Map<String, Object> comment(@PathVariable long id, @RequestBody CommentRequest request) {
        Inspections.Actor actor = worker();
        visiblePlan(id);
        service.comment(id, request.body(), actor);
        return views.plan(service.planOrThrow(id), actor.agencyCode());
    }

    @PostMapping("/api/v1/inspections/plans/{id}/approve")
    @Operation(summary = "Approve the plan (a supervisor of the lead agency)")
    Map<String, Object> approve(@PathVariable long id) {
        Inspections.Actor actor = supervisor();
        service.approve(id, actor);
        return views.plan(service.planOrThrow(id), actor.agencyCode());
    }

    @PostMapping("/api/v1/inspections/plans/{id}/publish")
    @Operation(summary = "Publish the approved plan to its parties (notifications; fulfils the plan-exchange duty)")
    Map<String, Object> publish(@PathVariable long id) {
        Inspections.Actor actor = supervisor();
        service.publish(id, actor);
        return views.plan(service.planOrThrow(id), actor.agencyCode());
    }

    // ---- inspections ----------------------------------------------------------------------

    @GetMapping("/api/v1/inspections")
    @Operation(summary = "Inspections the caller's agency leads or is a member of (planned and ad hoc)")
    List<Map<String, Object>> inspections() {
        CurrentUser user = user();
        return views.inspections(user.agency().code(), user.has(Role.ADMIN));
    }

    @PostMapping("/api/v1/inspections/adhoc")
    @Operation(summary = "Open an ad-hoc inspection outside the plan (reason required)")
    ResponseEntity<Map<String, Object>> adhoc(@RequestBody NewInspectionRequest request) {
        Inspections.Actor actor = worker();
        String province = request.province() == null ? user().agency().provinceCode() : request.province();
        long id = service.addAdhocInspection(request.reason(), province, newInspection(request), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.inspection(service.inspectionOrThrow(id),
                actor.agencyCode()));
    }

    @GetMapping("/api/v1/inspections/invitations")
    @Operation(summary = "Invitations waiting for the caller's agency to answer")
    List<Map<String, Object>> invitations() {
        return views.invitations(user().agency().code());
    }

    @GetMapping("/api/v1/inspections/{id:\\d+}")
    @Operation(summary = "An inspection with team, checklist, records, conclusion (with unpublished content) and recommendations — parties only")
    Map<String, Object> inspection(@PathVariable long id) {
        return views.inspection(visibleInspection(id), user().agency().code());
    }

    @PostMapping("/api/v1/inspections/{id:\\d+}/members")
    @Operation(summary = "Invite an agency to send a member (lead agency)")
    Map<String, Object> invite(@PathVariable long id, @RequestBody InviteRequest request) {
        Inspections.Actor actor = worker();
        service.invite(id, request.agency(), actor);
        return views.inspection(service.inspectionOrThrow(id), actor.agencyCode());
    }

    @PostMapping("/api/v1/inspections/{id:\\d+}/members/answer")
    @Operation(summary = "Confirm (with the member's name) or decline (with a reason) an invitation")
    Map<String, Object> answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        Inspections.Actor actor = worker();
        service.answer(id, request.confirm() == null || request.confirm(), request.member_name(), request.note(), actor);
        return views.inspection(service.inspectionOrThrow(id), actor.agencyCode());
    }

    @PostMapping("/api/v1/inspections/{id:\\d+}/start")
    @Operation(summary = "Start the inspection (lead; plan published, no invitation pending)")
    Map<String, Object> start(@PathVariable long id) {
        Inspections.Actor actor = worker();
        service.start(id, actor);
        return views.inspection(service.inspectionOrThrow(id), actor.agencyCode());
    }

    @PostMapping("/api/v1/inspections/{id:\\d+}/checklist/{itemId}")
    @Operation(summary = "Record a checklist item's result: compliant, violation or not_applicable")
    Map<String, Object> check(@PathVariable long id, @PathVariable long itemId, @RequestBody CheckRequest request) {
        Inspections.Actor actor = worker();
        service.check(id, itemId, request.result(), request.note(), actor);
        return views.inspection(service.inspectionOrThrow(id), actor.agencyCode());
    }

    @PostMapping("/api/v1/inspections/{id:\\d+}/records")
    @Operation(summary = "Add a record (biên bản) of a working session")
    ResponseEntity<Map<String, Object>> record(@PathVariable long id, @RequestBody RecordRequest request) {
        Inspections.Actor actor = worker();
        service.addRecord(id, new Inspections.NewRecord(date("held_on", request.held_on()), request.place(),
                request.content(), request.employer_representative()), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.inspection(service.inspectionOrThrow(id),
                actor.agencyCode()));
    }

    @GetMapping("/api/v1/inspections/{id:\\d+}/records/{recordId}/{format:docx|pdf}")
    @Operation(summary = "A record as DOCX or PDF (Decree 30/2020 layout, marked KHÔNG CÔNG BỐ) — parties only")
    ResponseEntity<byte[]> recordDocx(@PathVariable long id, @PathVariable long recordId, @PathVariable String format) {
        Inspection inspection = visibleInspection(id);
        OfficialDocument document = documents.record(inspection, recordId);
        auditLog.recordForCurrentUser("inspection.record.download", "inspection", String.valueOf(id),
                AuditEntry.Outcome.SUCCESS, document.number());
        return file(document, "bien-ban-" + id + "-" + recordId, format);
    }

    @PostMapping("/api/v1/inspections/{id:\\d+}/conclusion")
    @Operation(summary = "Conclude: summary, unpublished content, violations with amounts, recommendations with deadlines and follow-up (sanction, refer_police)")
    ResponseEntity<Map<String, Object>> conclude(@PathVariable long id, @RequestBody ConclusionRequest request) {
        Inspections.Actor actor = worker();
        service.conclude(id, conclusion(request), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.inspection(service.inspectionOrThrow(id),
                actor.agencyCode()));
    }

    static Inspections.Conclusion conclusion(ConclusionRequest r) {
        List<Inspections.Violation> violations = r.violations() == null ? List.of() : r.violations().stream()
                .map(v -> new Inspections.Violation(v.description(), v.legal_basis(),
                        v.amount_to_recover_vnd() == null ? 0 : v.amount_to_recover_vnd())).toList();
        List<Inspections.Recommendation> recommendations = r.recommendations() == null ? List.of()
                : r.recommendations().stream().map(x -> new Inspections.Recommendation(x.text(), x.addressee(),
                        x.responsible_agency(), date("due_on", x.due_on()), x.amount_vnd() == null ? 0 : x.amount_vnd(),
                        x.follow_up(), x.case_id())).toList();
        return new Inspections.Conclusion(r.number(), date("concluded_on", r.concluded_on()), r.summary(),
                r.unpublished_content(), r.signer_name(), r.signer_title(), violations, recommendations);
    }

    @GetMapping("/api/v1/inspections/{id:\\d+}/conclusion/{format:docx|pdf}")
    @Operation(summary = "The conclusion as DOCX or PDF: edition=parties (default; with unpublished content, marked KHÔNG CÔNG BỐ) or public")
    ResponseEntity<byte[]> conclusionDocx(@PathVariable long id, @RequestParam(defaultValue = "parties") String edition,
            @PathVariable String format) {
        Inspection inspection = visibleInspection(id);
        if (!edition.equals("parties") && !edition.equals("public")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("edition", "parties or public"));
        }
        OfficialDocument document = documents.conclusion(inspection, edition.equals("parties"));
        auditLog.recordForCurrentUser("inspection.conclusion.download", "inspection", String.valueOf(id),
                AuditEntry.Outcome.SUCCESS, document.number() + " " + edition);
        return file(document, "ket-luan-" + id + (edition.equals("public") ? "-cong-bo" : ""), format);
    }

    /** The document as DOCX or as PDF (Liberation Serif embedded), named {@code baseName.format}. */
    static ResponseEntity<byte[]> file(OfficialDocument document, String baseName, String format) {
        boolean pdf = format.equals("pdf");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(baseName + "." + format, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(pdf ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(pdf ? PdfWriter.write(document) : DocxWriter.write(document));
    }

    // ---- recommendations ------------------------------------------------------------------

    @PostMapping("/api/v1/inspections/recommendations/{id}/done")
    @Operation(summary = "Mark a recommendation done with what was recovered (responsible or lead agency)")
    Map<String, Object> done(@PathVariable long id, @RequestBody DoneRequest request) {
        Inspections.Actor actor = worker();
        service.completeRecommendation(id, request.note(), request.recovered_vnd() == null ? 0 : request.recovered_vnd(),
                date("done_on", request.done_on()), actor);
        long inspectionId = jdbc.sql("SELECT inspection_id FROM inspection_recommendation WHERE id = ?").param(id)
                .query(Long.class).single();
        Inspection inspection = service.inspectionOrThrow(inspectionId);
        return service.isParty(inspection, actor.agencyCode()) ? views.inspection(inspection, actor.agencyCode())
                : Map.of("id", id, "status", "done");
    }

    @GetMapping("/api/v1/inspections/recommendations/overdue")
    @Operation(summary = "The overdue board: open recommendations past due that the caller's agency takes part in")
    List<Map<String, Object>> overdue() {
        CurrentUser user = user();
        return views.overdue(user.agency().code(), user.has(Role.ADMIN));
    }
}
