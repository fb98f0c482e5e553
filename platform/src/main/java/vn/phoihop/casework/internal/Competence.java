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
import vn.phoihop.security.AccessPolicy;
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
    private final AccessPolicy policy;

    Competence(FindingRouting routing, RoleAssignments roles, Clock clock, AccessPolicy policy) {
        this.routing = routing;
        this.roles = roles;
        this.clock = clock;
        this.policy = policy;
    }

    AccessPolicy policy() {
        return policy;
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

    /** The province the user's jurisdiction covers (null = every province), decided by the access policy. */
    String province(CurrentUser user) {
        return policy.provinceFilter(user);
    }

    void mayView(CurrentUser user, Findings.Finding finding) {
        List<String> rules = visibleRules(user);
        if ((rules != null && !rules.contains(finding.rule()))
                || !policy.covers(user, finding.provinceCode())) {
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
