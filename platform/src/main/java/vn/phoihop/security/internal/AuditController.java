package vn.phoihop.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.security.AuditChain;

@RestController
@Tag(name = "Audit")
class AuditController {

    private final AuditChain auditChain;

    AuditController(AuditChain auditChain) {
        this.auditChain = auditChain;
    }

    @GetMapping("/api/v1/audit/verify")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Walk the audit hash chain (Kiểm tra tính toàn vẹn của nhật ký kiểm toán); administrators only")
    AuditChain.AuditVerification verify() {
        return auditChain.verify();
    }
}
