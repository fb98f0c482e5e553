package vn.phoihop.inspection.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.inspection.internal.InspectionApiController.ConclusionRequest;
import vn.phoihop.inspection.internal.InspectionApiController.NewInspectionRequest;
import vn.phoihop.inspection.internal.InspectionApiController.RecommendationRequest;
import vn.phoihop.inspection.internal.InspectionApiController.ViolationRequest;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.PhoihopException;

/**
 * Inspection pages: the overview (invitations, plans, inspections), the candidates with their
 * reasons, the plan editor and its workflow, one inspection (team, checklist, records, conclusion,
 * recommendations) and the overdue board. Every action goes through the API controller, so the
 * pages and the API check and audit the same way.
 */
@Controller
class InspectionPagesController {

    private final InspectionApiController api;
    private final InspectionService service;
    private final vn.phoihop.registry.Agencies agencies;

    InspectionPagesController(InspectionApiController api, InspectionService service,
            vn.phoihop.registry.Agencies agencies) {
        this.api = api;
        this.service = service;
        this.agencies = agencies;
    }

    /** Agency code → name in the page's language, so that pages show names rather than codes. */
    @org.springframework.web.bind.annotation.ModelAttribute("agencyNames")
    Map<String, String> agencyNames(java.util.Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        boolean english = "en".equals(locale.getLanguage());
        agencies.all().forEach(a -> names.put(a.code(), english ? a.nameEn() : a.nameVi()));
        return names;
    }

    /** A refusal is shown on a page that says what, and how to go on, with the right status. */
    @ExceptionHandler(PhoihopException.class)
    String refused(PhoihopException e, Model model, HttpServletResponse response) {
        response.setStatus(e.errorCode().httpStatus());
        model.addAttribute("currentUser", CurrentUser.current().orElse(null));
        model.addAttribute("navigation", vn.phoihop.web.Navigation.ENTRIES);
        model.addAttribute("error", e.errorCode());
        model.addAttribute("details", e.details());
        return "inspection/refused";
    }

    @GetMapping("/inspection")
    String index(Model model) {
        CurrentUser user = InspectionApiController.user();
        model.addAttribute("invitations", api.invitations());
        model.addAttribute("plans", api.plans());
        model.addAttribute("inspections", api.inspections());
        model.addAttribute("overdueCount", api.overdue().size());
        model.addAttribute("nextYear", service.today().getYear() + 1);
        model.addAttribute("mayLead", service.mayLead(user.agency().code()));
        model.addAttribute("types", service.typesForPages());
        model.addAttribute("planningRules", List.of(service.planningRule("province"), service.planningRule("central")));
        return "inspection/index";
    }

    @GetMapping("/inspection/candidates")
    String candidates(@RequestParam(required = false) Integer year, @RequestParam(required = false) String province,
            Model model) {
        CurrentUser user = InspectionApiController.user();
        Map<String, Object> result = api.candidates(year, province);
        model.addAttribute("result", result);
        int forYear = (Integer) result.get("year");
        model.addAttribute("draftPlans", api.plans().stream()
                .filter(p -> p.get("lead_agency").equals(user.agency().code()) && ((Integer) p.get("year")) == forYear
                        && List.of("draft", "consultation").contains(p.get("state")))
                .toList());
        return "inspection/candidates";
    }

    @PostMapping("/inspection/plans")
    String createPlan(@RequestParam int year, @RequestParam(defaultValue = "province") String level,
            @RequestParam(required = false) String title) {
        Map<String, Object> plan = api.createPlan(new InspectionApiController.NewPlanRequest(year, level, null,
                blankToNull(title))).getBody();
        return "redirect:/inspection/plans/" + plan.get("id");
    }

    @GetMapping("/inspection/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("plan", api.plan(id));
        model.addAttribute("types", service.typesForPages());
        return "inspection/plan";
    }

    @PostMapping("/inspection/plans/{id}/inspections")
    String addInspection(@PathVariable long id, @RequestParam(defaultValue = "contribution") String type,
            @RequestParam String target_code, @RequestParam String target_name, @RequestParam String scope,
            @RequestParam String period_from, @RequestParam String period_to, @RequestParam int planned_month,
            @RequestParam(required = false) BigDecimal risk_score) {
        api.addInspection(id, new NewInspectionRequest(type, target_code, target_name, scope, period_from, period_to,
                planned_month, risk_score, null, null));
        return "redirect:/inspection/plans/" + id;
    }

    @PostMapping("/inspection/plans/{id}/consult")
    String consult(@PathVariable long id, @RequestParam(required = false) String agencies) {
        List<String> codes = agencies == null ? List.of() : List.of(agencies.split("[,\\s]+"));
        api.consult(id, new InspectionApiController.AgenciesRequest(codes.stream().filter(s -> !s.isBlank()).toList()));
        return "redirect:/inspection/plans/" + id;
    }

    @PostMapping("/inspection/plans/{id}/comments")
    String comment(@PathVariable long id, @RequestParam String body) {
        api.comment(id, new InspectionApiController.CommentRequest(body));
        return "redirect:/inspection/plans/" + id;
    }

    @PostMapping("/inspection/plans/{id}/approve")
    String approve(@PathVariable long id) {
        api.approve(id);
        return "redirect:/inspection/plans/" + id;
    }

    @PostMapping("/inspection/plans/{id}/publish")
    String publish(@PathVariable long id) {
        api.publish(id);
        return "redirect:/inspection/plans/" + id;
    }

    @PostMapping("/inspection/adhoc")
    String adhoc(@RequestParam(defaultValue = "contribution") String type, @RequestParam String target_code,
            @RequestParam String target_name, @RequestParam String scope, @RequestParam String period_from,
            @RequestParam String period_to, @RequestParam int planned_month, @RequestParam String reason) {
        Map<String, Object> created = api.adhoc(new NewInspectionRequest(type, target_code, target_name, scope,
                period_from, period_to, planned_month, null, reason, null)).getBody();
        return "redirect:/inspection/inspections/" + created.get("id");
    }

    @GetMapping("/inspection/inspections/{id}")
    String inspection(@PathVariable long id, Model model) {
        Map<String, Object> inspection = api.inspection(id);
        model.addAttribute("inspection", inspection);
        model.addAttribute("today", service.today().toString());
        return "inspection/inspection";
    }

    @PostMapping("/inspection/inspections/{id}/members")
    String invite(@PathVariable long id, @RequestParam String agency) {
        api.invite(id, new InspectionApiController.InviteRequest(agency.strip()));
        return "redirect:/inspection/inspections/" + id;
    }

    @PostMapping("/inspection/inspections/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "true") boolean confirm,
            @RequestParam(required = false) String member_name, @RequestParam(required = false) String note) {
        api.answer(id, new InspectionApiController.AnswerRequest(confirm, blankToNull(member_name), blankToNull(note)));
        return "redirect:/inspection/inspections/" + id;
    }

    @PostMapping("/inspection/inspections/{id}/start")
    String start(@PathVariable long id) {
        api.start(id);
        return "redirect:/inspection/inspections/" + id;
    }

    @PostMapping("/inspection/inspections/{id}/checklist/{itemId}")
    String check(@PathVariable long id, @PathVariable long itemId, @RequestParam String result,
            @RequestParam(required = false) String note) {
        api.check(id, itemId, new InspectionApiController.CheckRequest(result, blankToNull(note)));
        return "redirect:/inspection/inspections/" + id + "#checklist";
    }

    @PostMapping("/inspection/inspections/{id}/records")
    String record(@PathVariable long id, @RequestParam(required = false) String held_on, @RequestParam String place,
            @RequestParam String content, @RequestParam(required = false) String employer_representative) {
        api.record(id, new InspectionApiController.RecordRequest(blankToNull(held_on), place, content,
                blankToNull(employer_representative)));
        return "redirect:/inspection/inspections/" + id + "#records";
    }

    @GetMapping("/inspection/inspections/{id}/records/{recordId}/{format:docx|pdf}")
    ResponseEntity<byte[]> recordDocx(@PathVariable long id, @PathVariable long recordId, @PathVariable String format) {
        return api.recordDocx(id, recordId, format);
    }

    @GetMapping("/inspection/inspections/{id}/conclusion/{format:docx|pdf}")
    ResponseEntity<byte[]> conclusionDocx(@PathVariable long id, @RequestParam(defaultValue = "parties") String edition,
            @PathVariable String format) {
        return api.conclusionDocx(id, edition, format);
    }

    /** The conclusion form: up to three violations and three recommendations (empty rows are ignored). */
    @PostMapping("/inspection/inspections/{id}/conclusion")
    String conclude(@PathVariable long id, @RequestParam(required = false) String number, @RequestParam String summary,
            @RequestParam(required = false) String unpublished_content, @RequestParam String signer_name,
            @RequestParam String signer_title,
            @RequestParam(name = "v_description", required = false) List<String> vDescription,
            @RequestParam(name = "v_basis", required = false) List<String> vBasis,
            @RequestParam(name = "v_amount", required = false) List<String> vAmount,
            @RequestParam(name = "r_text", required = false) List<String> rText,
            @RequestParam(name = "r_responsible", required = false) List<String> rResponsible,
            @RequestParam(name = "r_due", required = false) List<String> rDue,
            @RequestParam(name = "r_amount", required = false) List<String> rAmount,
            @RequestParam(name = "r_follow", required = false) List<String> rFollow) {
        List<ViolationRequest> violations = new ArrayList<>();
        for (int i = 0; vDescription != null && i < vDescription.size(); i++) {
            if (!vDescription.get(i).isBlank()) {
                violations.add(new ViolationRequest(vDescription.get(i), at(vBasis, i), amount(at(vAmount, i))));
            }
        }
        List<RecommendationRequest> recommendations = new ArrayList<>();
        for (int i = 0; rText != null && i < rText.size(); i++) {
            if (!rText.get(i).isBlank()) {
                recommendations.add(new RecommendationRequest(rText.get(i), null, blankToNull(at(rResponsible, i)),
                        at(rDue, i), amount(at(rAmount, i)), blankToNull(at(rFollow, i)), null));
            }
        }
        api.conclude(id, new ConclusionRequest(blankToNull(number), null, summary, blankToNull(unpublished_content),
                signer_name, signer_title, violations, recommendations));
        return "redirect:/inspection/inspections/" + id;
    }

    @PostMapping("/inspection/recommendations/{id}/done")
    String done(@PathVariable long id, @RequestParam String note, @RequestParam(required = false) String recovered_vnd,
            @RequestParam(defaultValue = "/inspection/overdue") String back) {
        api.done(id, new InspectionApiController.DoneRequest(note, amount(recovered_vnd), null));
        return "redirect:" + (back.startsWith("/inspection/") ? back : "/inspection/overdue");
    }

    @GetMapping("/inspection/overdue")
    String overdue(Model model) {
        CurrentUser user = InspectionApiController.user();
        model.addAttribute("overdue", api.overdue());
        model.addAttribute("admin", user.has(Role.ADMIN));
        return "inspection/overdue";
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private static Long amount(String text) {
        if (text == null || text.isBlank()) {
            return 0L;
        }
        String digits = text.replaceAll("[.\\s,]", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new PhoihopException(vn.phoihop.shared.ErrorCode.VALIDATION_FAILED,
                    Map.of("amount", "a whole number of đồng, e.g. 125.000.000, not " + text));
        }
        return Long.parseLong(digits);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
