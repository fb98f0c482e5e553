package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_DUES;
import static vn.phoihop.engine.rules.Datasets.CONTRIBUTION_PAYMENTS;
import static vn.phoihop.engine.rules.Datasets.EMPLOYERS;
import static vn.phoihop.engine.rules.Datasets.PAYMENT_REMINDERS;

import java.util.List;
import java.util.Set;

/**
 * {@code ARREARS-EVASION}: a unit evading contributions (trốn đóng, Điều 39.1.đ): a balance more
 * than 60 days past its deadline after a written reminder. Flags {@code criminal_threshold} at the
 * thresholds of Penal Code Điều 216.1.
 */
public final class ArrearsEvasion extends SqlRule {

    public static final String CODE = "ARREARS-EVASION";

    public ArrearsEvasion() {
        super(CODE, "Luật BHXH 2024 Điều 34.4, 39, 41; Penal Code Điều 216",
                Set.of(EMPLOYERS, CONTRIBUTION_DUES, CONTRIBUTION_PAYMENTS, PAYMENT_REMINDERS),
                Set.of(),
                List.of(Parameter.INTEREST_RATE_PER_DAY, Parameter.INTEREST_ACCRUES_AFTER,
                        Parameter.EVASION_DAYS_AFTER_DEADLINE, Parameter.CRIMINAL_EVASION_MIN_PERIODS,
                        Parameter.CRIMINAL_EVASION_MIN_AMOUNT_VND, Parameter.CRIMINAL_EVASION_MIN_EMPLOYEES));
    }
}
