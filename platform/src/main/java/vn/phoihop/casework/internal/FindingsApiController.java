package vn.phoihop.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.reconcile.FindingRouting;
import vn.phoihop.reconcile.Findings;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.Masking;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** The findings inbox of an agency and the verification of a finding by its lead agency. */
@RestController
@Tag(name = "Findings")
class FindingsApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int PAGE_SIZE = 50;

    record VerifyRequest(String decision, String note) {
    }

    private final Findings findings;
    private final FindingRouting routing;
    private final Competence competence;
    private final CaseService cases;
    private final AuditLog auditLog;

    FindingsApiController(Findings findings, FindingRouting routing, Competence competence, CaseService cases,
            AuditLog auditLog) {
        this.findings = findings;
        this.routing = routing;
        this.competence = competence;
        this.cases = cases;
        this.auditLog = auditLog;
    }

    @GetMapping("/api/v1/findings")
    @Operation(summary = "The findings inbox of the caller's agency: the rules its roles handle, in its province")
    Map<String, Object> list(@RequestParam(required = false) String rule,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page) {
        CurrentUser user = competence.user();
        Findings.Status wanted = status(status);
        List<String> rules = competence.visibleRules(user);
        Findings.Page result = findings.search(competence.province(user), rules, rule, wanted, Math.max(page, 0),
                PAGE_SIZE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(f -> body(user, f)).toList());
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("counts", findings.counts(competence.province(user), rules));
        return body;
    }

    static Findings.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Findings.Status.fromDb(status);
        } catch (IllegalArgumentException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("status", "open, confirmed, dismissed, resolved_by_data"));
        }
    }

    @GetMapping("/api/v1/findings/{id}")
    @Operation(summary = "One finding with its evidence, explanation, legal basis and who handles it")
    Map<String, Object> get(@PathVariable long id) {
        Findings.Finding finding = findings.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        CurrentUser user = competence.user();
        competence.mayView(user, finding);
        AccessPolicy.PersonalDataAccess access = competence.policy().finding(user, finding.rule());
        if (access.identified() && access.basis() != null && !access.basis().equals(NOT_PERSONAL)) {
            // a read of identified personal data: who, which finding, on which basis
            auditLog.recordForCurrentUser("personal_data.read", "finding", String.valueOf(id),
                    AuditEntry.Outcome.SUCCESS, finding.rule() + "; basis: " + access.basis());
        }
        return body(user, finding);
    }

    static final String NOT_PERSONAL = "không chứa dữ liệu cá nhân";

    private static boolean personLevel(AccessPolicy.PersonalDataAccess access) {
        return access.basis() != null && !access.basis().equals(NOT_PERSONAL);
    }

    @PostMapping("/api/v1/findings/{id}/verify")
    @Operation(summary = "Confirm (opens a case) or dismiss (with a reason) a finding; lead agency only")
    @Transactional
    Map<String, Object> verify(@PathVariable long id, @RequestBody VerifyRequest request) {
        CurrentUser user = competence.user();
        Findings.Finding finding = findings.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        competence.mayVerify(user, finding);
        String decision = request.decision() == null ? "" : request.decision().toLowerCase(Locale.ROOT);
        if (finding.status() != Findings.Status.OPEN) {
            throw new PhoihopException(ErrorCode.CASEWORK_ALREADY_DECIDED, Map.of("status", finding.status().dbValue()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        switch (decision) {
            case "dismissed" -> {
                if (request.note() == null || request.note().isBlank()) {
                    throw new PhoihopException(ErrorCode.CASEWORK_REASON_REQUIRED);
                }
                if (!findings.decide(id, Findings.Status.DISMISSED, request.note(), user.username(), null)) {
                    throw new PhoihopException(ErrorCode.CASEWORK_ALREADY_DECIDED);
                }
                body.put("case_id", null);
            }
            case "confirmed" -> body.put("case_id",
                    cases.confirmFinding(id, request.note(), user.username(), user.agency().code()));
            default -> throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("decision", "confirmed or dismissed"));
        }
        auditLog.recordForCurrentUser("finding.verify", "finding", String.valueOf(id), AuditEntry.Outcome.SUCCESS,
                decision + (request.note() == null ? "" : ": " + request.note()));
        body.put("finding_id", id);
        body.put("status", decision);
        return body;
    }

    /** The finding as the user may see it: identified with the legal basis, or with identifiers masked. */
    Map<String, Object> body(CurrentUser user, Findings.Finding f) {
        AccessPolicy.PersonalDataAccess access = competence.policy().finding(user, f.rule());
        tools.jackson.databind.JsonNode evidence = JSON.readTree(f.evidenceJson());
        java.util.Set<String> known = new java.util.LinkedHashSet<>(Masking.personalValues(evidence));
        known.add(f.subject());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", f.id());
        body.put("rule", f.rule());
        body.put("subject", access.identified() ? f.subject() : Masking.identifier(f.subject()));
        body.put("amount_vnd", f.amountVnd());
        body.put("interest_vnd", f.interestVnd());
        body.put("months", f.months());
        body.put("flags", f.flags());
        body.put("legal_basis", f.legalBasis());
        body.put("detail", access.identified() ? f.detail() : Masking.text(f.detail(), known));
        body.put("evidence", access.identified() ? evidence : Masking.evidence(evidence, known));
        body.put("personal_data", access.identified() ? "identified" : "masked");
        body.put("personal_data_basis", access.basis());
        // the subject is a person's identifier the reader may see: the person's record is one link away
        body.put("person_id", access.identified() && f.subject() != null
                && f.subject().matches("[0-9]{12}|[0-9]{10}") && personLevel(access) ? f.subject() : null);
        body.put("status", f.status().dbValue());
        body.put("province", f.provinceCode());
        body.put("first_run_id", f.firstRunId());
        body.put("last_run_id", f.lastRunId());
        body.put("case_id", f.caseId());
        body.put("decision_note", access.identified() ? f.decisionNote() : Masking.text(f.decisionNote(), known));
        routing.forRule(f.rule()).ifPresent(h -> body.put("handling", Map.of("lead_role", h.leadRole(),
                "partner_roles", h.partnerRoles(), "basis", h.basis())));
        return body;
    }
}
