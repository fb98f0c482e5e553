package vn.phoihop.registry;

import java.util.List;
import java.util.Optional;

/** The agency directory, as other modules see it. */
public interface Agencies {

    Optional<Agency> byId(long id);

    Optional<Agency> byCode(String code);

    /** The agency above this one (cơ quan cấp trên), if recorded. */
    Optional<Agency> parentOf(String code);

    List<Agency> all();

    /** Adds an agency, or returns the existing one with the same code unchanged. */
    Agency ensure(NewAgency agency);

    /**
     * Records an agency's history: valid from/to, its parent and its successor (by code; null
     * leaves no parent or successor). Used when ministries and departments merge.
     */
    void setHistory(String code, java.time.LocalDate validFrom, java.time.LocalDate validTo, String parentCode,
            String successorCode);

    /** What it takes to add an agency. */
    record NewAgency(String code, String nameVi, String nameEn, Agency.Level level, String provinceCode,
            String jurisdictionVi, String jurisdictionEn) {
    }

    /** The agency of the platform operator, to which the first administrator belongs. */
    String OPERATOR = "phoihop.operator";
}
