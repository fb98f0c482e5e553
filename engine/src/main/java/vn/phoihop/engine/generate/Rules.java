package vn.phoihop.engine.generate;

import java.util.List;

/** The rule codes of rules.md, as the generator plants them. */
final class Rules {
    static final String POP_MISMATCH = "POP-MISMATCH";
    static final String POP_ID_SUGGESTED = "POP-ID-SUGGESTED";
    static final String POP_NOT_FOUND = "POP-NOT-FOUND";
    static final String POP_DUPLICATE = "POP-DUPLICATE";
    static final String DECEASED_PAYMENT = "DECEASED-PAYMENT";
    static final String UI_WHILE_EMPLOYED = "UI-WHILE-EMPLOYED";
    static final String DUP_HEALTH_CARD = "DUP-HEALTH-CARD";
    static final String ETHNIC_CARD_NOT_ELIGIBLE = "ETHNIC-CARD-NOT-ELIGIBLE";
    static final String ARREARS_EVASION = "ARREARS-EVASION";
    static final String ARREARS_LATE = "ARREARS-LATE";
    static final String EMPLOYER_NOT_REGISTERED = "EMPLOYER-NOT-REGISTERED";
    static final String EMPLOYER_UNDER_DECLARED = "EMPLOYER-UNDER-DECLARED";
    static final String EMPLOYER_DEFUNCT = "EMPLOYER-DEFUNCT";
    static final String TAX_SI_EXPENSE_GAP = "TAX-SI-EXPENSE-GAP";
    static final String STUDENT_NO_CARD = "STUDENT-NO-CARD";
    static final String CHILD_NO_CARD = "CHILD-NO-CARD";
    static final String FACILITY_OVER_ESTIMATE = "FACILITY-OVER-ESTIMATE";

    static final List<String> ALL = List.of(POP_MISMATCH, POP_ID_SUGGESTED, POP_NOT_FOUND, POP_DUPLICATE,
            DECEASED_PAYMENT, UI_WHILE_EMPLOYED, DUP_HEALTH_CARD, ETHNIC_CARD_NOT_ELIGIBLE, ARREARS_EVASION,
            ARREARS_LATE, EMPLOYER_NOT_REGISTERED, EMPLOYER_UNDER_DECLARED, EMPLOYER_DEFUNCT, TAX_SI_EXPENSE_GAP,
            STUDENT_NO_CARD, CHILD_NO_CARD, FACILITY_OVER_ESTIMATE);

    static final String CRIMINAL_THRESHOLD_FLAG = "criminal_threshold";

    private Rules() {
    }
}
