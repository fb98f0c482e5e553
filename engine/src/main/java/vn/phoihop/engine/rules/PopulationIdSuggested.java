package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;

import java.util.List;
import java.util.Set;

/**
 * {@code POP-ID-SUGGESTED}: an insured person without a usable personal_id for whom exactly one
 * population record matches (name, compatible birth date, gender; ties broken by an equal old
 * id number). The suggestion itself is computed by {@link SharedDefinitions}, which feeds it to the
 * resolved identity used by the other rules.
 */
public final class PopulationIdSuggested extends SqlRule {

    public static final String CODE = "POP-ID-SUGGESTED";

    public PopulationIdSuggested() {
        super(CODE, "QCPH 01/2022 Điều 6.2.d, 7.2.e; Kon Tum 2024 Điều 17.5",
                Set.of(INSURED_PERSONS, POPULATION),
                Set.of(),
                List.of());
    }
}
