package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code POP-DUPLICATE}: two or more social insurance codes resolve to one personal_id.
 */
public final class PopulationDuplicate extends SqlRule {

    public static final String CODE = "POP-DUPLICATE";

    public PopulationDuplicate() {
        super(CODE, "QCPH 01/2022 Điều 6.2.d, 7.2.e; Kon Tum 2024 Điều 17.5",
                Set.of(INSURED_PERSONS, POPULATION),
                Set.of(),
                List.of());
    }
}
