package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.EMPLOYERS;
import static vn.phoihop.engine.rules.Datasets.EMPLOYMENT;
import static vn.phoihop.engine.rules.Datasets.TAX_EMPLOYERS;

import java.util.List;
import java.util.Set;

/**
 * {@code EMPLOYER-UNDER-DECLARED}: an employer declaring fewer insured employees than the tax
 * authority sees (both the absolute and the relative threshold must be met).
 */
public final class EmployerUnderDeclared extends SqlRule {

    public static final String CODE = "EMPLOYER-UNDER-DECLARED";

    public EmployerUnderDeclared() {
        super(CODE, "Luật BHXH 2024 Điều 39.1.a; Kon Tum 2024 Điều 16.2",
                Set.of(EMPLOYERS, EMPLOYMENT, TAX_EMPLOYERS),
                Set.of(),
                List.of(Parameter.UNDER_DECLARED_MIN_EMPLOYEES, Parameter.UNDER_DECLARED_MIN_PERCENT));
    }
}
