package vn.phoihop.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Pages of the security module: what the signed-in person may see and why, police access
 * requests, the audit search for inspectors, and data protection (register, subject requests,
 * breaches, retention).
 */
@Controller
class SecurityPagesController {

    private final AgencyRoles roles;
    private final AccessPolicy policy;
    private final PoliceAccessRequests requests;
    private final AuditSearch audit;
    private final DataProtection protection;
    private final RetentionJob retention;

    SecurityPagesController(AgencyRoles roles, AccessPolicy policy, PoliceAccessRequests requests, AuditSearch audit,
            DataProtection protection, RetentionJob retention) {
        this.roles = roles;
        this.policy = policy;
        this.requests = requests;
        this.audit = audit;
        this.protection = protection;
        this.retention = retention;
    }

    @GetMapping("/security")
    String index(Model model) {
        CurrentUser user = roles.user();
        model.addAttribute("jurisdiction", policy.jurisdiction(user));
        model.addAttribute("clearance", policy.clearance(user).dbValue());
        model.addAttribute("heldRoles", roles.held(user).stream().sorted().toList());
        model.addAttribute("police", roles.police(user));
        model.addAttribute("socialSecurity", roles.socialSecurity(user));
        model.addAttribute("inspector", roles.inspector(user));
        model.addAttribute("admin", user.has(Role.ADMIN));
        return "security/index";
    }

    @GetMapping("/security/access-requests")
    String accessRequests(Model model) {
        CurrentUser user = roles.user();
        List<Map<String, Object>> list = requests.visible(user).stream().map(requests::body).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("pending", "approved", "denied", "expired")) {
            counts.put(status, list.stream().filter(r -> status.equals(r.get("status"))).count());
        }
        model.addAttribute("requests", list);
        model.addAttribute("counts", counts);
        model.addAttribute("police", roles.police(user) && AgencyRoles.worker(user));
        model.addAttribute("decider", roles.socialSecurity(user) && AgencyRoles.worker(user));
        model.addAttribute("validityDays", requests.validity().toDays());
        return "security/access-requests";
    }

    @PostMapping("/security/access-requests")
    String fileAccessRequest(@RequestParam(name = "person_id") String personId, @RequestParam String purpose,
            @RequestParam(name = "legal_basis") String legalBasis, @RequestParam(name = "period_from") String from,
            @RequestParam(name = "period_to") String to) {
        requests.file(roles.user(), new PoliceAccessRequests.NewRequest(personId, purpose, legalBasis, from, to));
        return "redirect:/security/access-requests";
    }

    @PostMapping("/security/access-requests/{id}/{decision:approve|deny}")
    String decide(@PathVariable long id, @PathVariable String decision,
            @RequestParam(required = false) String note) {
        requests.decide(roles.user(), id, decision.equals("approve"), note);
        return "redirect:/security/access-requests";
    }

    @GetMapping("/security/audit")
    String audit(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = audit.inspector();
        AuditSearch.Filter filter = AuditSearchApiController.filter(params);
        AuditSearch.Result result = audit.search(user, filter, page);
        model.addAttribute("result", result);
        model.addAttribute("filter", params);
        model.addAttribute("page", result.page());
        Map<String, String> query = new LinkedHashMap<>(params);
        query.remove("page");
        model.addAttribute("query", query);
        return "security/audit";
    }

    @GetMapping("/security/data-protection")
    String dataProtection(Model model) {
        CurrentUser user = roles.user();
        model.addAttribute("register", protection.register());
        model.addAttribute("periods", protection.periods());
        model.addAttribute("subjectRequests", protection.subjectRequests(user));
        model.addAttribute("breaches", protection.breaches(user));
        model.addAttribute("worker", AgencyRoles.worker(user) || user.has(Role.ADMIN));
        model.addAttribute("admin", user.has(Role.ADMIN));
        model.addAttribute("retentionRuns", user.has(Role.ADMIN) ? retention.recent() : List.of());
        return "security/data-protection";
    }

    @PostMapping("/security/data-protection/subject-requests")
    String recordSubjectRequest(@RequestParam String kind, @RequestParam(name = "person_id") String personId,
            @RequestParam String requester, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String details) {
        protection.recordSubjectRequest(protection.worker(),
                new DataProtection.NewSubjectRequest(kind, personId, requester, channel, details));
        return "redirect:/security/data-protection#subject-requests";
    }

    @PostMapping("/security/data-protection/subject-requests/{id}/{action}")
    String actOnSubjectRequest(@PathVariable long id, @PathVariable String action,
            @RequestParam(required = false) String response) {
        protection.actOnSubjectRequest(protection.worker(), id, action, response);
        return "redirect:/security/data-protection#subject-requests";
    }

    @PostMapping("/security/data-protection/breaches")
    String registerBreach(@RequestParam String description, @RequestParam(required = false) String categories,
            @RequestParam(name = "detected_at", required = false) String detectedAt,
            @RequestParam(name = "subjects_estimate", required = false) Long estimate) {
        protection.registerBreach(protection.worker(),
                new DataProtection.NewBreach(detectedAt, description, categories, estimate));
        return "redirect:/security/data-protection#breaches";
    }

    @PostMapping("/security/data-protection/breaches/{id}/{action}")
    String actOnBreach(@PathVariable long id, @PathVariable String action,
            @RequestParam(name = "notified_to", required = false) String to,
            @RequestParam(required = false) String note) {
        protection.actOnBreach(protection.worker(), id, action, to, note);
        return "redirect:/security/data-protection#breaches";
    }

    @PostMapping("/security/data-protection/retention")
    String runRetention(@RequestParam(name = "dry_run", defaultValue = "true") boolean dryRun) {
        CurrentUser user = roles.user();
        if (!user.has(Role.ADMIN)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        retention.run(dryRun, user.username());
        return "redirect:/security/data-protection#retention";
    }
}
