package vn.phoihop.registry;

import java.util.Objects;

/**
 * A change of state in the registry happened (a role moved, an obligation was fulfilled, a
 * meeting closed, ...). The security module records it in the audit trail for the signed-in
 * user; the registry cannot call the audit log itself without a dependency cycle.
 */
public record RegistryChanged(String action, String objectType, String objectId, String details) {

    public RegistryChanged {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        details = details == null ? "" : details;
    }
}
