package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.BUSINESS_REGISTRY;
import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_DUES;
import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_PAYMENTS;
import static vn.phoihop.engine.rules.Datasets.EMPLOYERS;
import static vn.phoihop.engine.rules.Datasets.EMPLOYMENT;
import static vn.phoihop.engine.rules.Datasets.TAX_EMPLOYERS;

import java.util.List;
import java.util.Set;

/**
 * {@code EMPLOYER-DEFUNCT}: a unit whose enterprise is dissolved, bankrupt or gone from its address
 * but which still has overdue dues or current employment.
 */
public final class EmployerDefunct extends SqlRule {

    public static final String CODE = "EMPLOYER-DEFUNCT";

    public EmployerDefunct() {
        super(CODE, "Kon Tum 2024 Điều 9.1, 16.4",
                Set.of(EMPLOYERS, EMPLOYMENT, CONTRIBUTION_DUES, CONTRIBUTION_PAYMENTS),
                Set.of(BUSINESS_REGISTRY, TAX_EMPLOYERS),
                List.of());
    }
}
