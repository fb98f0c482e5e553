package vn.phoihop.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.web.Navigation;

@Controller
class ShellController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/api-docs")
    String apiDocs() {
        return "api-docs";
    }

    /** The page of a module whose user interface is not built yet: says so plainly. */
    @GetMapping("/{module:reconcile|casework|inspection|reporting}")
    String module(@PathVariable String module, Model model) {
        Navigation.Entry entry = Navigation.ENTRIES.stream().filter(e -> e.module().equals(module)).findFirst()
                .orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        model.addAttribute("entry", entry);
        return "module";
    }
}
