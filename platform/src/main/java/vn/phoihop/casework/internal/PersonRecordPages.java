package vn.phoihop.casework.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of one insured person's record, on the same basis and audit as the API. */
@Controller
class PersonRecordPages {

    private final PersonRecordController records;

    PersonRecordPages(PersonRecordController records) {
        this.records = records;
    }

    @GetMapping("/casework/persons")
    String page(@RequestParam(required = false) String id, Model model) {
        model.addAttribute("personId", id);
        if (id != null && !id.isBlank()) {
            model.addAttribute("record", records.record(id.trim()));
        }
        return "casework/person";
    }
}
