package vn.phoihop.registry.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A duty (nghĩa vụ) a regulation creates: the provider role(s) owe the recipient role(s)
 * something (a dataset of the catalogue, a report, a meeting, a plan, a list, a notification, a
 * request) on a cadence and a due rule, citing its article.
 */
record Duty(String id, String article, List<String> from, List<String> to, String what, String dataset,
        String cadence, DueRule due, String level, String titleVi, String titleEn, String dueVi, String dueEn,
        MeetingHost meeting, String note) {

    static final Set<String> KINDS = Set.of("dataset", "report", "meeting", "plan", "list", "notification", "request");
    static final Set<String> CADENCES = Set.of("monthly", "quarterly", "six_monthly", "yearly", "five_yearly",
            "per_event", "on_request", "continuous");

    Duty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        from = List.copyOf(from);
        to = List.copyOf(to);
        if (from.isEmpty() || to.isEmpty()) {
            throw new IllegalArgumentException(id + ": a duty needs a provider and a recipient role");
        }
        if (!KINDS.contains(what)) {
            throw new IllegalArgumentException(id + ": unknown kind " + what);
        }
        if (!CADENCES.contains(cadence)) {
            throw new IllegalArgumentException(id + ": unknown cadence " + cadence);
        }
        if ("dataset".equals(what) && dataset == null) {
            throw new IllegalArgumentException(id + ": a dataset duty names its dataset");
        }
        if (!"central".equals(level) && !"province".equals(level)) {
            throw new IllegalArgumentException(id + ": level must be central or province");
        }
    }

    /** Duties that happen on event or on request have no calendar dates. */
    boolean scheduled() {
        return !(due instanceof DueRule.None);
    }

    /** Who hosts a meeting duty: the provider, or a rotation by year between two roles. */
    record MeetingHost(String host, List<String> rotation) {

        String hostRole(Duty duty, int year) {
            if ("rotating".equals(host) && rotation != null && !rotation.isEmpty()) {
                return rotation.get(Math.floorMod(year, rotation.size()));
            }
            return duty.from().get(0);
        }
    }
}
