package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.HEALTH_CARDS;
import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code DUP-HEALTH-CARD}: a person holding two or more health cards (thẻ BHYT) valid on D; the
 * detail names the redundant card(s) by the contribution order.
 */
public final class DuplicateHealthCard extends SqlRule {

    public static final String CODE = "DUP-HEALTH-CARD";

    public DuplicateHealthCard() {
        super(CODE, "Kon Tum 2024 Điều 15.1",
                Set.of(HEALTH_CARDS),
                Set.of(INSURED_PERSONS, POPULATION),
                List.of());
    }
}
