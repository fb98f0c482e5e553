package vn.phoihop.exchange.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.security.CurrentUser;

/** The exchange pages: upload (drag and drop, progress), the submissions list, one submission. */
@Controller
class ExchangePagesController {

    /** A dataset in the upload form: whether the user's agency may send it today. */
    record DatasetChoice(String code, String titleVi, String titleEn, boolean provided) {
    }

    static final int REJECTS_SHOWN = 500;

    private final SubmissionAccess access;
    private final SubmissionApiController api;
    private final Entitlements entitlements;
    private final ExchangeSettings settings;

    ExchangePagesController(SubmissionAccess access, SubmissionApiController api, Entitlements entitlements,
            ExchangeSettings settings) {
        this.access = access;
        this.api = api;
        this.entitlements = entitlements;
        this.settings = settings;
    }

    @GetMapping("/exchange")
    String exchange(@RequestParam(required = false) String dataset, @RequestParam(required = false) String status,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
        CurrentUser user = access.user();
        LocalDate today = access.today();
        List<DatasetChoice> choices = Catalog.all().stream()
                .map(d -> new DatasetChoice(d.code(), d.titleVi(), d.titleEn(),
                        entitlements.mayProvide(user.agency(), d, today)))
                .sorted(Comparator.comparing((DatasetChoice c) -> !c.provided())).toList();
        model.addAttribute("datasets", choices);
        model.addAttribute("submissions", api.visible(dataset, null, status, from, to));
        model.addAttribute("filterDataset", dataset);
        model.addAttribute("filterStatus", status);
        return "exchange/index";
    }

    @GetMapping("/exchange/submissions/{id}")
    String submission(@PathVariable UUID id, Model model) throws IOException {
        Submission submission = access.readable(id);
        Dataset dataset = Catalog.byCode(submission.dataset()).orElseThrow();
        model.addAttribute("submission", submission);
        model.addAttribute("detail", api.body(submission));
        model.addAttribute("dataset", dataset);
        model.addAttribute("rejects",
                IssueFile.read(settings.submissionDirectory(id).resolve("rejects.csv"), REJECTS_SHOWN));
        model.addAttribute("warnings",
                IssueFile.read(settings.submissionDirectory(id).resolve("warnings.csv"), REJECTS_SHOWN));
        model.addAttribute("rejectsShown", REJECTS_SHOWN);
        access.recordDownload(submission, "page");
        return "exchange/submission";
    }
}
