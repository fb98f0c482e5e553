package vn.phoihop.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** Data protection: the processing register, data-subject requests, breaches, retention. */
@RestController
@Tag(name = "Data protection")
class DataProtectionApiController {

    record Action(String response, String notified_to, String reference, String note) {
    }

    private final DataProtection protection;
    private final RetentionJob retention;
    private final AgencyRoles roles;

    DataProtectionApiController(DataProtection protection, RetentionJob retention, AgencyRoles roles) {
        this.protection = protection;
        this.retention = retention;
        this.roles = roles;
    }

    @GetMapping("/api/v1/data-protection/register")
    @Operation(summary = "The processing register: per dataset its purpose, legal basis, categories, recipients, "
            + "retention; and the periods with their citation")
    Map<String, Object> register() {
        roles.user();
        return Map.of("datasets", protection.register(), "periods", protection.periods());
    }

    @PostMapping("/api/v1/data-protection/subject-requests")
    @Operation(summary = "Record a data subject's request (access, correction, deletion, objection) received by "
            + "the caller's agency; deadlines are computed")
    ResponseEntity<Map<String, Object>> recordSubjectRequest(@RequestBody DataProtection.NewSubjectRequest request) {
        CurrentUser user = protection.worker();
        return ResponseEntity.status(HttpStatus.CREATED).body(protection.recordSubjectRequest(user, request));
    }

    @GetMapping("/api/v1/data-protection/subject-requests")
    @Operation(summary = "The data-subject requests of the caller's agency with deadlines and overdue flags")
    List<Map<String, Object>> subjectRequests() {
        return protection.subjectRequests(roles.user());
    }

    @PostMapping("/api/v1/data-protection/subject-requests/{id}/{action}")
    @Operation(summary = "acknowledge, complete (with response) or refuse (with reason) a data-subject request")
    Map<String, Object> actOnSubjectRequest(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) Action body) {
        CurrentUser user = protection.worker();
        return protection.actOnSubjectRequest(user, id, action, body == null ? null : body.response());
    }

    @PostMapping("/api/v1/data-protection/breaches")
    @Operation(summary = "Register a personal-data breach; the 72-hour notification clock starts at detected_at")
    ResponseEntity<Map<String, Object>> registerBreach(@RequestBody DataProtection.NewBreach breach) {
        CurrentUser user = protection.worker();
        return ResponseEntity.status(HttpStatus.CREATED).body(protection.registerBreach(user, breach));
    }

    @GetMapping("/api/v1/data-protection/breaches")
    @Operation(summary = "The breaches of the caller's agency with hours left to notify")
    List<Map<String, Object>> breaches() {
        return protection.breaches(roles.user());
    }

    @GetMapping("/api/v1/data-protection/breaches/{id}")
    @Operation(summary = "One breach with its clock")
    Map<String, Object> breach(@PathVariable long id) {
        return protection.breach(roles.user(), id);
    }

    @PostMapping("/api/v1/data-protection/breaches/{id}/{action}")
    @Operation(summary = "notify (notified_to, reference) or close (note) a breach")
    Map<String, Object> actOnBreach(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) Action body) {
        CurrentUser user = protection.worker();
        return protection.actOnBreach(user, id, action, body == null ? null : body.notified_to(),
                body == null ? null : action.equals("notify") ? body.reference() : body.note());
    }

    @PostMapping("/api/v1/data-protection/retention/run")
    @Operation(summary = "Run the retention pass now; dry_run=true (default) only counts; administrators")
    Map<String, Object> runRetention(@RequestParam(name = "dry_run", defaultValue = "true") boolean dryRun) {
        CurrentUser user = roles.user();
        if (!user.has(Role.ADMIN)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return retention.run(dryRun, user.username());
    }

    @GetMapping("/api/v1/data-protection/retention/runs")
    @Operation(summary = "The recent retention passes; administrators")
    List<Map<String, Object>> retentionRuns() {
        if (!roles.user().has(Role.ADMIN)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return retention.recent();
    }
}
