package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.ETHNIC_SUPPORT;
import static vn.phoihop.engine.rules.Datasets.HEALTH_CARDS;
import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code ETHNIC-CARD-NOT-ELIGIBLE}: a state-paid ethnic-minority card (group DT) valid on D whose
 * holder is not entitled on D.
 */
public final class EthnicCardNotEligible extends SqlRule {

    public static final String CODE = "ETHNIC-CARD-NOT-ELIGIBLE";

    public EthnicCardNotEligible() {
        super(CODE, "Kon Tum 2024 Điều 15.1",
                Set.of(HEALTH_CARDS, ETHNIC_SUPPORT),
                Set.of(INSURED_PERSONS, POPULATION),
                List.of());
    }
}
