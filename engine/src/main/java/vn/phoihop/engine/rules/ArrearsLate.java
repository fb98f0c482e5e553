package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_DUES;
import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_PAYMENTS;
import static vn.phoihop.engine.rules.Datasets.EMPLOYERS;
import static vn.phoihop.engine.rules.Datasets.PAYMENT_REMINDERS;

import java.util.List;
import java.util.Set;

/**
 * {@code ARREARS-LATE}: a unit paying late (chậm đóng, Điều 38) without any evasion portion.
 * Payment reminders are required: without them late payment and evasion cannot be told apart.
 */
public final class ArrearsLate extends SqlRule {

    public static final String CODE = "ARREARS-LATE";

    public ArrearsLate() {
        super(CODE, "Luật BHXH 2024 Điều 34.4, 38, 40",
                Set.of(EMPLOYERS, CONTRIBUTION_DUES, CONTRIBUTION_PAYMENTS, PAYMENT_REMINDERS),
                Set.of(),
                List.of(Parameter.INTEREST_RATE_PER_DAY, Parameter.INTEREST_ACCRUES_AFTER,
                        Parameter.EVASION_DAYS_AFTER_DEADLINE));
    }
}
