package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_DUES;
import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_PAYMENTS;
import static vn.phoihop.engine.rules.Datasets.EMPLOYERS;
import static vn.phoihop.engine.rules.Datasets.TAX_EMPLOYERS;

import java.util.List;
import java.util.Set;

/**
 * {@code TAX-SI-EXPENSE-GAP}: insurance expense deducted for tax exceeds what was actually paid
 * to social insurance for that year by more than max(10,000,000, 5 %).
 */
public final class TaxSocialInsuranceExpenseGap extends SqlRule {

    public static final String CODE = "TAX-SI-EXPENSE-GAP";

    public TaxSocialInsuranceExpenseGap() {
        super(CODE, "Kon Tum 2024 Điều 16.3",
                Set.of(TAX_EMPLOYERS, EMPLOYERS, CONTRIBUTION_DUES, CONTRIBUTION_PAYMENTS),
                Set.of(),
                List.of(Parameter.TAX_GAP_MIN_VND, Parameter.TAX_GAP_MIN_PERCENT));
    }
}
