package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code POP-MISMATCH}: an insured person whose personal_id is in the population database but whose
 * name, birth date or gender differ there; the detail names each differing field.
 */
public final class PopulationMismatch extends SqlRule {

    public static final String CODE = "POP-MISMATCH";

    public PopulationMismatch() {
        super(CODE, "QCPH 01/2022 Điều 6.2.d, 7.2.e; Kon Tum 2024 Điều 17.5",
                Set.of(INSURED_PERSONS, POPULATION),
                Set.of(),
                List.of());
    }
}
