package vn.phoihop.reconcile;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who handles what, as data from the regulations (table {@code finding_handler}): for each rule
 * the lead role (verifies) and the partner roles (see and take part).
 */
public interface FindingRouting {

    record Handling(String rulePrefix, String leadRole, List<String> partnerRoles, String basis) {

        public boolean involves(Set<String> roles) {
            return roles.contains(leadRole) || partnerRoles.stream().anyMatch(roles::contains);
        }
    }

    /** The handling of {@code rule}: the longest matching prefix. */
    Optional<Handling> forRule(String rule);

    List<Handling> all();
}
