package vn.phoihop.engine.rules;

import java.util.List;

/** The 17 rules of rules.md, in the order of its table. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new PopulationMismatch(),
                new PopulationIdSuggested(),
                new PopulationNotFound(),
                new PopulationDuplicate(),
                new DeceasedPayment(),
                new UnemploymentBenefitWhileEmployed(),
                new DuplicateHealthCard(),
                new EthnicCardNotEligible(),
                new ArrearsEvasion(),
                new ArrearsLate(),
                new EmployerNotRegistered(),
                new EmployerUnderDeclared(),
                new EmployerDefunct(),
                new TaxSocialInsuranceExpenseGap(),
                new StudentWithoutCard(),
                new ChildWithoutCard(),
                new FacilityOverEstimate());
    }
}
