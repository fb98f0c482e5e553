package vn.phoihop.security.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** The registry roles the signed-in person's agency holds today, and the checks built on them. */
@Component
class AgencyRoles {

    private final RoleAssignments roles;
    private final Clock clock;

    AgencyRoles(RoleAssignments roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
    }

    CurrentUser user() {
        return CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
    }

    Set<String> held(CurrentUser user) {
        return Set.copyOf(roles.rolesOf(user.agency().id(), LocalDate.ofInstant(clock.instant(),
                JdbcAccessPolicy.VIETNAM)));
    }

    boolean holdsAny(CurrentUser user, String... wanted) {
        Set<String> held = held(user);
        for (String role : wanted) {
            if (held.contains(role)) {
                return true;
            }
        }
        return false;
    }

    boolean police(CurrentUser user) {
        return holdsAny(user, "police.province", "police.central");
    }

    boolean socialSecurity(CurrentUser user) {
        return holdsAny(user, "social_security.province", "social_security.central");
    }

    /** Inspectors read the audit trail: the inspectorate (Thanh tra) and administrators. */
    boolean inspector(CurrentUser user) {
        return user.has(Role.ADMIN) || holdsAny(user, "inspectorate.province", "inspectorate.central");
    }

    static boolean worker(CurrentUser user) {
        return user.has(Role.OFFICER) || user.has(Role.SUPERVISOR);
    }
}
