package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.EMPLOYMENT;
import static vn.phoihop.engine.rules.Datasets.UI_BENEFITS;

import java.util.List;
import java.util.Set;

/**
 * {@code UI-WHILE-EMPLOYED}: unemployment benefit (trợ cấp thất nghiệp) for whole months in which
 * the same person was insured through employment.
 */
public final class UnemploymentBenefitWhileEmployed extends SqlRule {

    public static final String CODE = "UI-WHILE-EMPLOYED";

    public UnemploymentBenefitWhileEmployed() {
        super(CODE, "Programme LĐTBXH–BHXH II.A.2.đ, II.B.2.c; Penal Code Điều 214",
                Set.of(UI_BENEFITS, EMPLOYMENT),
                Set.of(),
                List.of());
    }
}
