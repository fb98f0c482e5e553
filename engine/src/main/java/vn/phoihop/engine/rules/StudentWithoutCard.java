package vn.phoihop.engine.rules;

import static vn.phoihop.engine.rules.Datasets.HEALTH_CARDS;
import static vn.phoihop.engine.rules.Datasets.INSURED_PERSONS;
import static vn.phoihop.engine.rules.Datasets.POPULATION;
import static vn.phoihop.engine.rules.Datasets.STUDENTS;

import java.util.List;
import java.util.Set;

/**
 * {@code STUDENT-NO-CARD}: an enrolled pupil or student without a health card valid on D.
 */
public final class StudentWithoutCard extends SqlRule {

    public static final String CODE = "STUDENT-NO-CARD";

    public StudentWithoutCard() {
        super(CODE, "Kon Tum 2024 Điều 10.1",
                Set.of(STUDENTS, HEALTH_CARDS),
                Set.of(INSURED_PERSONS, POPULATION),
                List.of());
    }
}
