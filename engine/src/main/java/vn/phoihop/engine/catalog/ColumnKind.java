package vn.phoihop.engine.catalog;

/**
 * What a column holds, which decides how a cell is validated and how it is stored (the typed
 * schema of docs/engine.md).
 */
public enum ColumnKind {
    /** Số định danh cá nhân / CCCD: 12 digits. */
    PERSONAL_ID,
    /** Old CMND number: 9 digits. */
    OLD_ID_NUMBER,
    /** Mã số BHXH: 10 digits. */
    SOCIAL_INSURANCE_CODE,
    /** Mã số thuế: 10 digits, or 10 digits + '-' + 3 digits for a branch. */
    TAX_CODE,
    /** Mã đơn vị tham gia BHXH: 1–20 letters, digits, '-', '_'. */
    UNIT_CODE,
    /** Administrative province code: 2 digits. */
    PROVINCE_CODE,
    /** Administrative commune code: 5 digits. */
    COMMUNE_CODE,
    /** Any other identifier (decision number, reference, card number, school or facility code): text kept as given. */
    CODE,
    /** Health-insurance participant group: 2 letters, stored upper-case. */
    GROUP_CODE,
    /** A person's full name; also stored normalised as {@code full_name_norm}. */
    FULL_NAME,
    /** Free text (unit names, addresses). */
    TEXT,
    /** A calendar date: YYYY-MM-DD or DD/MM/YYYY. */
    DATE,
    /** A birth date, possibly partial (YYYY, YYYY-MM, MM/YYYY); stored as birth_year/month/day. */
    BIRTH_DATE,
    /** A calendar month: YYYY-MM or MM/YYYY; stored as the first day of the month. */
    MONTH,
    /** Whole VND, non-negative, digits optionally grouped by '.' or ',' every three digits. */
    MONEY,
    /** A non-negative whole number of people. */
    COUNT,
    /** A 4-digit year. */
    YEAR,
    /** Nam or Nữ; stored as M or F. */
    GENDER,
    /** One of the column's enumerated values; stored lower-case. */
    ENUMERATION,
    /** A school year YYYY-YYYY whose second year is the first plus one. */
    SCHOOL_YEAR;

    /** True for kinds that are identifiers: text, never numbers, leading zeros kept. */
    public boolean isIdentifier() {
        return switch (this) {
            case PERSONAL_ID, OLD_ID_NUMBER, SOCIAL_INSURANCE_CODE, TAX_CODE, UNIT_CODE,
                 PROVINCE_CODE, COMMUNE_CODE, CODE, GROUP_CODE -> true;
            default -> false;
        };
    }
}
