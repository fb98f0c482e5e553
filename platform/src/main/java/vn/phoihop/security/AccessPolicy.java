package vn.phoihop.security;

import vn.phoihop.registry.Agency;

/**
 * The one place that decides who sees what: by jurisdiction (the centre sees every province,
 * a province its own, a commune-level person only their commune; same-level coordination, QCPH
 * 01/2022 Điều 3.1), by classification against clearance, and whether person-level data is shown
 * identified or masked, from the legal bases kept as data (table {@code personal_data_basis}).
 * Other modules ask it; they never decide these on their own.
 */
public interface AccessPolicy {

    /** A province filter that matches no province (a commune-level person reading province-wide lists). */
    String NO_PROVINCE = "--";

    /** Where a person may act: central (province null), a province, or one commune of it. */
    record Jurisdiction(Agency.Level level, String provinceCode, String communeCode) {

        public boolean central() {
            return provinceCode == null;
        }

        /** Whether data of that province (and commune, null when the data names none) is within reach. */
        public boolean covers(String dataProvince, String dataCommune) {
            if (central()) {
                return true;
            }
            if (!provinceCode.equals(dataProvince)) {
                return false;
            }
            return communeCode == null || communeCode.equals(dataCommune);
        }
    }

    /** Whether person-level data is shown identified, and on which legal basis (null when masked). */
    record PersonalDataAccess(boolean identified, String basis) {

        public static final PersonalDataAccess MASKED = new PersonalDataAccess(false, null);
    }

    Jurisdiction jurisdiction(CurrentUser user);

    /** Whether the user may see data of this province; administrators see every province. */
    boolean covers(CurrentUser user, String provinceCode);

    /** Fails with {@code access.out_of_jurisdiction} when the province is outside the user's reach. */
    void requireCovers(CurrentUser user, String provinceCode);

    /** The province a list must be limited to: null for all, {@link #NO_PROVINCE} for none. */
    String provinceFilter(CurrentUser user);

    Classification clearance(CurrentUser user);

    default boolean cleared(CurrentUser user, Classification classification) {
        return classification.coveredBy(clearance(user));
    }

    /** How a finding of {@code rule} is shown to the user: identified (with the basis) or masked. */
    PersonalDataAccess finding(CurrentUser user, String rule);

    /**
     * How a case is shown: the owning agency as its finding's rule allows (or identified for a
     * case without finding, which it handles), the police agency of a referral on the referral
     * basis, everyone else as the rule allows.
     */
    PersonalDataAccess caseFile(CurrentUser user, String rule, boolean owningAgency, boolean referredToUser);

    /**
     * Whether the user may read the record of one insured person: social security by its own
     * basis, the police only under an approved, unexpired request of their agency for exactly this
     * person (QCPH 01/2022 Điều 7.1.đ); nobody else. Returns {@link PersonalDataAccess#MASKED} when not.
     */
    PersonalDataAccess personRecord(CurrentUser user, String personId);
}
