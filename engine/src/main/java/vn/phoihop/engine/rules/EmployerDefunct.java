package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.*;

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
