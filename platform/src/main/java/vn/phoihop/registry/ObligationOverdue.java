package vn.phoihop.registry;

import java.time.LocalDate;

/** An obligation instance passed its due date unfulfilled and not waived. */
public record ObligationOverdue(long instanceId, String dutyId, String provinceCode, String fromRole,
        String toRole, LocalDate dueDate) {
}
