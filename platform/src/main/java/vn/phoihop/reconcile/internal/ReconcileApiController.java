package vn.phoihop.reconcile.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.reconcile.ReconcileRuns;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** Reconciliation runs: start one for a province, follow its progress, list the recent ones. */
@RestController
@Tag(name = "Reconciliation")
class ReconcileApiController {

    private final ReconcileRuns runs;
    private final RoleAssignments roles;
    private final Clock clock;
    private final vn.phoihop.security.AccessPolicy accessPolicy;

    ReconcileApiController(ReconcileRuns runs, RoleAssignments roles, Clock clock,
            vn.phoihop.security.AccessPolicy accessPolicy) {
        this.runs = runs;
        this.roles = roles;
        this.clock = clock;
        this.accessPolicy = accessPolicy;
    }

    @PostMapping("/api/v1/reconcile/runs")
    @Operation(summary = "Start a reconciliation of a province over its latest accepted dataset versions")
    ResponseEntity<Map<String, Object>> start(@RequestParam String province,
            @RequestParam(name = "as_of", required = false) String asOf) {
        CurrentUser user = mayRun(province);
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? today() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("as_of", "YYYY-MM-DD"));
        }
        ReconcileRuns.Run run = runs.start(province, day, user.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body(run));
    }

    @PostMapping("/api/v1/reconcile/runs/{id}/rerun")
    @Operation(summary = "Re-run an earlier run on exactly its recorded dataset versions, date and parameters")
    ResponseEntity<Map<String, Object>> rerun(@PathVariable long id) {
        ReconcileRuns.Run original = runs.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        CurrentUser user = mayRun(original.provinceCode());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body(runs.rerun(id, user.username())));
    }

    @GetMapping("/api/v1/reconcile/runs/{id}")
    @Operation(summary = "A run: status, progress, the dataset versions, parameters and engine version used")
    Map<String, Object> get(@PathVariable long id) {
        ReconcileRuns.Run run = runs.byId(id).orElseThrow(() -> new PhoihopException(ErrorCode.NOT_FOUND));
        mayRead(run.provinceCode());
        return body(run);
    }

    @GetMapping("/api/v1/reconcile/runs")
    @Operation(summary = "The recent runs of a province")
    List<Map<String, Object>> list(@RequestParam String province) {
        mayRead(province);
        return runs.recent(province, 20).stream().map(ReconcileApiController::body).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** Social security of that province (or central), or an administrator. */
    private CurrentUser mayRun(String province) {
        CurrentUser user = CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
        if (!province.matches("\\d{2}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "2 digits"));
        }
        if (user.has(Role.ADMIN)) {
            return user;
        }
        List<String> held = roles.rolesOf(user.agency().id(), today());
        boolean socialSecurity = held.contains("social_security.central")
                || (held.contains("social_security.province") && province.equals(user.agency().provinceCode()));
        if (!socialSecurity || user.has(Role.VIEWER) && !user.has(Role.OFFICER) && !user.has(Role.SUPERVISOR)) {
            throw new PhoihopException(ErrorCode.RECONCILE_NOT_ALLOWED);
        }
        return user;
    }

    /** Within the user's jurisdiction, as the access policy decides. */
    private void mayRead(String province) {
        CurrentUser user = CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
        accessPolicy.requireCovers(user, province);
    }

    static Map<String, Object> body(ReconcileRuns.Run run) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", run.id());
        body.put("province", run.provinceCode());
        body.put("as_of", run.asOf().toString());
        body.put("status", run.status());
        body.put("stage", run.stage());
        body.put("progress_pct", run.progressPct());
        body.put("dataset_versions", JsonText.parse(run.datasetVersions()));
        body.put("parameters", JsonText.parse(run.parameters()));
        body.put("rules", JsonText.parse(run.rules()));
        body.put("engine_version", run.engineVersion());
        body.put("findings", run.findingsCount());
        body.put("new_findings", run.newCount());
        body.put("resolved_by_data", run.resolvedCount());
        body.put("started_by", run.startedBy());
        body.put("started_at", run.startedAt().toString());
        body.put("finished_at", run.finishedAt() == null ? null : run.finishedAt().toString());
        body.put("failure", run.failure());
        body.put("rerun_of", run.rerunOf());
        return body;
    }
}
