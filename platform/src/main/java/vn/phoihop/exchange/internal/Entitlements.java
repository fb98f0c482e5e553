package vn.phoihop.exchange.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.RoleAssignments;

/**
 * Who may send a dataset and who may see what was sent.
 *
 * <p>Providers: an agency holding one of the dataset's provider roles (engine catalogue, from
 * the regulations) on the day, in its own province: that province is the jurisdiction of the
 * version it makes. Recipients: the providing agency itself; the holder of
 * {@code social_security.province} (the platform consolidates the province's data there); and
 * every agency holding a role to which the regulations' duties of that year send this dataset
 * (the obligations calendar's {@code to_role} of instances whose dataset it is).
 */
@Component
class Entitlements {

    static final String CONSOLIDATING_ROLE = "social_security.province";

    private final RoleAssignments roles;
    private final ObligationCalendar calendar;

    Entitlements(RoleAssignments roles, ObligationCalendar calendar) {
        this.roles = roles;
        this.calendar = calendar;
    }

    boolean mayProvide(Agency agency, Dataset dataset, LocalDate day) {
        if (agency.provinceCode() == null) {
            return false;
        }
        List<String> held = roles.rolesOf(agency.id(), day);
        return dataset.providerRoles().stream().anyMatch(held::contains);
    }

    boolean mayReceive(Agency agency, Submission submission, LocalDate day) {
        if (agency.id() == submission.agencyId()) {
            return true;
        }
        if (agency.provinceCode() != null && !agency.provinceCode().equals(submission.provinceCode())) {
            return false;
        }
        List<String> held = roles.rolesOf(agency.id(), day);
        if (held.contains(CONSOLIDATING_ROLE)) {
            return true;
        }
        return recipientRoles(submission.provinceCode(), submission.dataset(), day.getYear()).stream()
                .anyMatch(held::contains);
    }

    /** The roles to which the regulations send {@code dataset} in a province in a year. */
    Set<String> recipientRoles(String provinceCode, String dataset, int year) {
        var recipients = new HashSet<String>();
        for (ObligationInstance instance : calendar.instances(year, provinceCode)) {
            if (dataset.equals(instance.dataset()) && instance.toRole() != null) {
                recipients.add(instance.toRole());
            }
        }
        return recipients;
    }
}
