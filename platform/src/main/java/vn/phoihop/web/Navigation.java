package vn.phoihop.web;

import java.util.List;

/**
 * The modules of PhoiHop as the navigation shows them. A module whose pages are not built yet
 * says so plainly instead of pretending; later issues flip {@code built} as they land.
 */
public final class Navigation {

    /** One entry of the navigation: the path, the message keys of its label and description, whether it is built. */
    public record Entry(String path, String module, boolean built) {
        public String labelKey() {
            return "nav." + module;
        }

        public String descriptionKey() {
            return "module." + module + ".description";
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("/registry", "registry", true),
            new Entry("/exchange", "exchange", true),
            new Entry("/reconcile", "reconcile", true),
            new Entry("/casework", "casework", true),
            new Entry("/inspection", "inspection", true),
            new Entry("/reporting", "reporting", true),
            new Entry("/security", "security", true));

    private Navigation() {
    }
}
