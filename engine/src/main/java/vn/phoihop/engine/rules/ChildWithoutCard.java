package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.BIRTH_REGISTRATIONS;
import static vn.phoihop.engine.rules.Datasets.HEALTH_CARDS;
import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code CHILD-NO-CARD}: a registered child under 6 (state-funded cover) without a health card
 * valid on D, once the registration is 30 days old.
 */
public final class ChildWithoutCard extends SqlRule {

    public static final String CODE = "CHILD-NO-CARD";

    public ChildWithoutCard() {
        super(CODE, "Kon Tum 2024 Điều 20.5",
                Set.of(BIRTH_REGISTRATIONS, HEALTH_CARDS),
                Set.of(INSURED_PERSONS, POPULATION),
                List.of(Parameter.CHILD_AGE_YEARS, Parameter.REGISTRATION_AGE_DAYS));
    }
}
