package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.FACILITY_SPENDING;

import java.util.List;
import java.util.Set;

/**
 * {@code FACILITY-OVER-ESTIMATE}: a facility whose accepted claims exceed its notified estimate.
 */
public final class FacilityOverEstimate extends SqlRule {

    public static final String CODE = "FACILITY-OVER-ESTIMATE";

    public FacilityOverEstimate() {
        super(CODE, "Kon Tum 2024 Điều 6.1",
                Set.of(FACILITY_SPENDING),
                Set.of(),
                List.of());
    }
}
