package vn.phoihop.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.Classification;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** A person's clearance (thuong, mat, toi_mat) and commune, set by administrators and audited. */
@RestController
@Tag(name = "Users")
class ClearanceApiController {

    record AccessSettings(String clearance, String commune) {
    }

    private final JdbcClient jdbc;
    private final AgencyRoles roles;
    private final AuditLog auditLog;

    ClearanceApiController(JdbcClient jdbc, AgencyRoles roles, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.auditLog = auditLog;
    }

    @PutMapping("/api/v1/users/{username}/access")
    @Operation(summary = "Set a user's clearance (thuong, mat, toi_mat) and commune (5 digits, or empty for the "
            + "whole area of the agency); administrators")
    @Transactional
    Map<String, Object> set(@PathVariable String username, @RequestBody AccessSettings settings) {
        CurrentUser user = roles.user();
        if (!user.has(Role.ADMIN)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        Classification clearance;
        try {
            clearance = Classification.fromDb(settings.clearance() == null ? "" : settings.clearance().trim());
        } catch (IllegalArgumentException e) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("clearance", "thuong, mat or toi_mat"));
        }
        String commune = settings.commune() == null || settings.commune().isBlank() ? null : settings.commune().trim();
        if (commune != null && !commune.matches("[0-9]{5}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("commune", "5 digits"));
        }
        int updated = jdbc.sql("UPDATE app_user SET clearance = ?, commune_code = ? WHERE username = ?")
                .params(clearance.dbValue(), commune, username).update();
        if (updated == 0) {
            throw new PhoihopException(ErrorCode.NOT_FOUND);
        }
        auditLog.recordForCurrentUser("user.access", "user", username, AuditEntry.Outcome.SUCCESS,
                "clearance=" + clearance.dbValue() + " commune=" + commune);
        return Map.of("username", username, "clearance", clearance.dbValue(),
                "commune", commune == null ? "" : commune);
    }
}
