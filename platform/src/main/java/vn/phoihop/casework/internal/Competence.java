package vn.phoihop.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.rules.Rule;
import vn.phoihop.engine.rules.Rules;
import vn.phoihop.reconcile.FindingRouting;
import vn.phoihop.reconcile.Findings;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Which findings an agency may see (its roles take part in handling the rule, in its province)
 * and verify (its roles lead the rule), from the table {@code finding_handler}.
 */
@Component
class Competence {

    private final FindingRouting routing;
    private final RoleAssignments roles;
    private final Clock clock;

    Competence(FindingRouting routing, RoleAssignments roles, Clock clock) {
        this.routing = routing;
        this.roles = roles;
        this.clock = clock;
    }

    CurrentUser user() {
        return CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
    }

    Set<String> rolesOf(CurrentUser user) {
        return new HashSet<>(roles.rolesOf(user.agency().id(), LocalDate.ofInstant(clock.instant(),
                CaseService.VIETNAM)));
    }

    /** The rules whose findings the user's agency sees (null = all, for administrators). */
    List<String> visibleRules(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return null;
        }
        Set<String> held = rolesOf(user);
        return Rules.all().stream().map(Rule::code)
                .filter(code -> routing.forRule(code).map(h -> h.involves(held)).orElse(false)).sorted().toList();
    }

    /** The province the user's agency covers (null = every province). */
    String province(CurrentUser user) {
        return user.has(Role.ADMIN) ? null : user.agency().provinceCode();
    }

    void mayView(CurrentUser user, Findings.Finding finding) {
        List<String> rules = visibleRules(user);
        String province = province(user);
        if ((rules != null && !rules.contains(finding.rule()))
                || (province != null && !province.equals(finding.provinceCode()))) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
    }

    void mayVerify(CurrentUser user, Findings.Finding finding) {
        mayView(user, finding);
        Set<String> held = rolesOf(user);
        boolean lead = routing.forRule(finding.rule()).map(h -> held.contains(h.leadRole())).orElse(false);
        if (!lead || !(user.has(Role.OFFICER) || user.has(Role.SUPERVISOR))) {
            throw new PhoihopException(ErrorCode.CASEWORK_NOT_COMPETENT);
        }
    }
}
