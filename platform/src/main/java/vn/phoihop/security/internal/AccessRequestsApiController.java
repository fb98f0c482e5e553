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
import org.springframework.web.bind.annotation.RestController;

/** Police requests for a person's record and social security's decision on them (QCPH 01/2022 Điều 7.1.đ). */
@RestController
@Tag(name = "Access requests")
class AccessRequestsApiController {

    record Decision(String note) {
    }

    private final PoliceAccessRequests requests;
    private final AgencyRoles roles;

    AccessRequestsApiController(PoliceAccessRequests requests, AgencyRoles roles) {
        this.requests = requests;
        this.roles = roles;
    }

    @PostMapping("/api/v1/access-requests")
    @Operation(summary = "File a request for an insured person's record (police officers): person_id, purpose, "
            + "legal_basis, period_from, period_to")
    ResponseEntity<Map<String, Object>> file(@RequestBody PoliceAccessRequests.NewRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(requests.body(requests.file(roles.user(), request)));
    }

    @GetMapping("/api/v1/access-requests")
    @Operation(summary = "Requests: the police see their agency's, social security those of its place")
    List<Map<String, Object>> list() {
        return requests.visible(roles.user()).stream().map(requests::body).toList();
    }

    @GetMapping("/api/v1/access-requests/{id}")
    @Operation(summary = "One request with its status (pending, approved, denied, expired)")
    Map<String, Object> get(@PathVariable long id) {
        return requests.body(requests.readable(roles.user(), id));
    }

    @PostMapping("/api/v1/access-requests/{id}/approve")
    @Operation(summary = "Approve a pending request (social security officers and supervisors of the place)")
    Map<String, Object> approve(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return requests.body(requests.decide(roles.user(), id, true, decision == null ? null : decision.note()));
    }

    @PostMapping("/api/v1/access-requests/{id}/deny")
    @Operation(summary = "Deny a pending request, with a reason (social security)")
    Map<String, Object> deny(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return requests.body(requests.decide(roles.user(), id, false, decision == null ? null : decision.note()));
    }
}
