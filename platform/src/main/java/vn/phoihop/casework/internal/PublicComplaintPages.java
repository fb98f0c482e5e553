package vn.phoihop.casework.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public form (no account) for complaints and denunciations, and its acknowledgement. */
@Controller
class PublicComplaintPages {

    private final PublicComplaints complaints;

    PublicComplaintPages(PublicComplaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/public/complaint")
    String form() {
        return "casework/public-form";
    }

    @PostMapping("/public/complaint")
    String file(@RequestParam String kind, @RequestParam String topic, @RequestParam String province,
            @RequestParam String name, @RequestParam(required = false) String contact,
            @RequestParam(required = false) String subject, @RequestParam String text, HttpServletRequest request,
            Model model) {
        Map<String, Object> ack = complaints.file(new PublicComplaints.Filing(kind, topic, province, name, contact,
                subject, text), request).getBody();
        model.addAttribute("ack", ack);
        return "casework/public-ack";
    }
}
