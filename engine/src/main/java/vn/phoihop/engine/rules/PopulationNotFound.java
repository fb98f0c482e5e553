package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code POP-NOT-FOUND}: an insured person without a usable personal_id and without a suggestion.
 */
public final class PopulationNotFound extends SqlRule {

    public static final String CODE = "POP-NOT-FOUND";

    public PopulationNotFound() {
        super(CODE, "QCPH 01/2022 Điều 6.2.d, 7.2.e; Kon Tum 2024 Điều 17.5",
                Set.of(INSURED_PERSONS, POPULATION),
                Set.of(),
                List.of());
    }
}
