package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.PENSION_PAYMENTS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code DECEASED-PAYMENT}: pensions paid for months starting after the payee's death
 * (chi trả sau khi chết).
 */
public final class DeceasedPayment extends SqlRule {

    public static final String CODE = "DECEASED-PAYMENT";

    public DeceasedPayment() {
        super(CODE, "QCPH 01/2022 Điều 7.1.c; Penal Code Điều 214",
                Set.of(PENSION_PAYMENTS, POPULATION),
                Set.of(INSURED_PERSONS),
                List.of());
    }
}
