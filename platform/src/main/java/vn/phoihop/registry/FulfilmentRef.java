package vn.phoihop.registry;

import java.util.Objects;

/**
 * What fulfilled an obligation: a submission of the exchange module, a report, a meeting, or a
 * document entered by hand, with its reference in that module.
 */
public record FulfilmentRef(Kind kind, String reference) {

    public enum Kind { SUBMISSION, REPORT, MEETING, DOCUMENT }

    public FulfilmentRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (reference.isBlank() || reference.length() > 200) {
            throw new IllegalArgumentException("reference must have 1 to 200 characters");
        }
    }
}
