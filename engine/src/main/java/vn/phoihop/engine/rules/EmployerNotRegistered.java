package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.BUSINESS_REGISTRY;
import static vn.phoihop.engine.rules.Datasets.EMPLOYERS;
import static vn.phoihop.engine.rules.Datasets.TAX_EMPLOYERS;
import static vn.phoihop.engine.rules.Datasets.UNION_UNITS;

import java.util.List;
import java.util.Set;

/**
 * {@code EMPLOYER-NOT-REGISTERED}: an enterprise with employees (tax withholding or a trade union)
 * that has no unit registered for social insurance.
 */
public final class EmployerNotRegistered extends SqlRule {

    public static final String CODE = "EMPLOYER-NOT-REGISTERED";

    public EmployerNotRegistered() {
        super(CODE, "Luật BHXH 2024 Điều 28.1, 39.1.a; Kon Tum 2024 Điều 9.1, 16.2; QCPH 1619 Điều 13, 21",
                Set.of(EMPLOYERS, TAX_EMPLOYERS),
                Set.of(UNION_UNITS, BUSINESS_REGISTRY),
                List.of());
    }
}
