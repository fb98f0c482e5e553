package vn.phoihop.exchange.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * <p>Providers: an agency holding, on the day and in its own province (the jurisdiction of the
 * version it makes), one of the dataset's provider roles: those of the engine's catalogue and
 * the {@code from_role} of the regulations' duties that send this dataset in that province
 * (they differ for birth registrations: the catalogue names {@code justice.commune}, Quy chế
 * 004 Điều 20.5.a the commune People's Committee, {@code commune_committee}). Recipients: the providing agency itself; the holder of
 * {@code social_security.province} (the platform consolidates the province's data there); and
 * every agency holding a role to which the regulations' duties of that year send this dataset
 * (the obligations calendar's {@code to_role} of instances whose dataset it is).
 */
@Component
class Entitlements {

    static final String CONSOLIDATING_ROLE = "social_security.province";

    /**
     * Catalogue roles that the registry knows under another code. Birth registrations: the
     * catalogue names {@code justice.commune}; births are registered by the commune People's
     * Committee (Luật Hộ tịch 2014, Điều 7 khoản 1), which Quy chế 004 Điều 20.5.a names as the
     * sender ({@code commune_committee}).
     */
    static final Map<String, String> REGISTRY_ROLE_OF_CATALOGUE_ROLE = Map.of("justice.commune", "commune_committee");

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
        return providerRoles(dataset, agency.provinceCode(), day.getYear()).stream().anyMatch(held::contains);
    }

    /** The roles that send {@code dataset} in a province in a year: the catalogue's and the regulations'. */
    Set<String> providerRoles(Dataset dataset, String provinceCode, int year) {
        var providers = new java.util.LinkedHashSet<String>();
        for (String role : dataset.providerRoles()) {
            providers.add(REGISTRY_ROLE_OF_CATALOGUE_ROLE.getOrDefault(role, role));
        }
        if (provinceCode == null) {
            return providers;
        }
        for (ObligationInstance instance : calendar.instances(year, provinceCode)) {
            if (dataset.code().equals(instance.dataset()) && instance.fromRole() != null) {
                providers.add(instance.fromRole());
            }
        }
        return providers;
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
