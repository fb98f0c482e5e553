package vn.phoihop.casework.internal;

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

/** Casework pages: the findings inbox, one finding (confirm or dismiss), the cases, one case. */
@Controller
class CaseworkPagesController {

    private final FindingsApiController findings;
    private final CasesApiController cases;

    CaseworkPagesController(FindingsApiController findings, CasesApiController cases) {
        this.findings = findings;
        this.cases = cases;
    }

    @GetMapping("/casework")
    String inbox(@RequestParam(required = false) String rule, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, Object> inbox = findings.list(rule, status == null ? "open" : status, page);
        @SuppressWarnings("unchecked")
        Map<String, Long> counts = (Map<String, Long>) inbox.get("counts");
        Map<String, Map<String, Long>> byRule = new LinkedHashMap<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            byRule.computeIfAbsent(parts[0], r -> new LinkedHashMap<>()).put(parts[1], n);
        });
        model.addAttribute("inbox", inbox);
        model.addAttribute("counts", byRule);
        model.addAttribute("rule", rule);
        model.addAttribute("status", status == null ? "open" : status);
        model.addAttribute("page", page);
        model.addAttribute("cases", cases.list(false));
        model.addAttribute("escalated", cases.list(true));
        return "casework/inbox";
    }

    @GetMapping("/casework/findings/{id}")
    String finding(@PathVariable long id, Model model) {
        Map<String, Object> finding = findings.get(id);
        List<String> evidence = new ArrayList<>();
        ((tools.jackson.databind.JsonNode) finding.get("evidence")).forEach(e -> evidence.add(e.toString()));
        model.addAttribute("finding", finding);
        model.addAttribute("evidence", evidence);
        return "casework/finding";
    }

    @PostMapping("/casework/findings/{id}/verify")
    String verify(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String note) {
        Map<String, Object> result = findings.verify(id, new FindingsApiController.VerifyRequest(decision, note));
        Object caseId = result.get("case_id");
        return caseId == null ? "redirect:/casework/findings/" + id : "redirect:/casework/cases/" + caseId;
    }

    @GetMapping("/casework/cases/{id}")
    String caseFile(@PathVariable long id, Model model) {
        model.addAttribute("file", cases.get(id));
        return "casework/case";
    }

    @PostMapping("/casework/cases/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
            @RequestParam(name = "to_agency", required = false) String toAgency,
            @RequestParam(required = false) String result) {
        cases.act(id, action, new CasesApiController.ActionRequest(blankToNull(note), blankToNull(toAgency),
                blankToNull(result)));
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping("/casework/cases/{id}/deadline-factors")
    String classify(@PathVariable long id, @RequestParam String complexity,
            @RequestParam(name = "remote_area", defaultValue = "false") boolean remoteArea,
            @RequestParam(defaultValue = "1") int attempt, @RequestParam(required = false) String reason) {
        cases.classify(id, new CasesApiController.ClassifyRequest(complexity, remoteArea, attempt, blankToNull(reason)));
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping("/casework/cases/{id}/deadlines/{code}/extend")
    String extend(@PathVariable long id, @PathVariable String code, @RequestParam int amount,
            @RequestParam(required = false) String reason) {
        cases.extend(id, code, new CasesApiController.ExtendRequest(amount, null, blankToNull(reason)));
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping("/casework/cases/{id}/participants")
    String participant(@PathVariable long id, @RequestParam String agency, @RequestParam(required = false) String note) {
        cases.participant(id, new CasesApiController.ParticipantRequest(agency.trim(), blankToNull(note)));
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping(path = "/casework/cases/{id}/attachments", consumes = "multipart/form-data")
    String attach(@PathVariable long id, @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "evidence") String purpose) throws java.io.IOException {
        cases.store(id, file, purpose);
        return "redirect:/casework/cases/" + id;
    }

    @GetMapping("/casework/cases/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> attachment(@PathVariable long id,
            @PathVariable long attachmentId) {
        return cases.download(id, attachmentId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
