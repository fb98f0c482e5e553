package vn.phoihop.reconcile.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.security.CurrentUser;

/** The reconciliation page: the recent runs of the province (inputs, status, progress) and a form to start one. */
@Controller
class ReconcilePagesController {

    private final ReconcileApiController api;

    ReconcilePagesController(ReconcileApiController api) {
        this.api = api;
    }

    @GetMapping("/reconcile")
    String runs(@RequestParam(required = false) String province, Model model) {
        String chosen = province != null ? province
                : CurrentUser.current().map(u -> u.agency().provinceCode()).filter(p -> p != null).orElse("51");
        List<Map<String, Object>> runs = api.list(chosen);
        model.addAttribute("province", chosen);
        model.addAttribute("runs", runs);
        return "reconcile/runs";
    }

    @PostMapping("/reconcile/runs")
    String start(@RequestParam String province, @RequestParam(name = "as_of", required = false) String asOf) {
        api.start(province, asOf);
        return "redirect:/reconcile?province=" + province;
    }
}
