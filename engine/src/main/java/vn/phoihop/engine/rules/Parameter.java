package vn.phoihop.engine.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The named parameters of the rules: each legal number with its default and its citation, so
 * that a number found to be wrong is corrected as data, not searched for in SQL. The SQL of a
 * rule refers to a parameter as {@code ${name}} where name is the lower-case constant name.
 */
public enum Parameter {

    /** Lãi chậm đóng / trốn đóng: 0.03 % per day of the unpaid amount. */
    INTEREST_RATE_PER_DAY(new BigDecimal("0.0003"), "Luật BHXH 41/2024/QH15 Điều 40.1, 41.1"),

    /** Amounts unpaid at 30/06/2025 fall under the new law: interest accrues from the next day. */
    INTEREST_ACCRUES_AFTER(LocalDate.of(2025, 6, 30), "Luật BHXH 41/2024/QH15 Điều 141.12"),

    /** Trốn đóng: still unpaid this many days after the latest payment date (and after a reminder). */
    EVASION_DAYS_AFTER_DEADLINE(60, "Luật BHXH 41/2024/QH15 Điều 39.1.đ"),

    /** Criminal evasion, clause 1: evading for at least this many months (periods). */
    CRIMINAL_EVASION_MIN_PERIODS(6, "Bộ luật Hình sự 2015 Điều 216.1"),

    /** Criminal evasion, clause 1: at least this much evaded money. */
    CRIMINAL_EVASION_MIN_AMOUNT_VND(50_000_000L, "Bộ luật Hình sự 2015 Điều 216.1"),

    /** Criminal evasion, clause 1: or at least this many employees affected. */
    CRIMINAL_EVASION_MIN_EMPLOYEES(10, "Bộ luật Hình sự 2015 Điều 216.1"),

    /** Under-declared employer: at least this many employees seen by tax but not insured. */
    UNDER_DECLARED_MIN_EMPLOYEES(5, "rules.md EMPLOYER-UNDER-DECLARED; Luật BHXH 2024 Điều 39.1.a"),

    /** Under-declared employer: and at least this percentage of the employees seen by tax. */
    UNDER_DECLARED_MIN_PERCENT(20, "rules.md EMPLOYER-UNDER-DECLARED; Luật BHXH 2024 Điều 39.1.a"),

    /** Tax/insurance expense gap: the excess must be more than this amount ... */
    TAX_GAP_MIN_VND(10_000_000L, "rules.md TAX-SI-EXPENSE-GAP; Kon Tum 2024 Điều 16.3"),

    /** ... and more than this percentage of the deducted expense. */
    TAX_GAP_MIN_PERCENT(5, "rules.md TAX-SI-EXPENSE-GAP; Kon Tum 2024 Điều 16.3"),

    /** Children under this age are insured by the state budget (trẻ em dưới 6 tuổi). */
    CHILD_AGE_YEARS(6, "rules.md CHILD-NO-CARD; Kon Tum 2024 Điều 20.5"),

    /** A birth registered at least this many days ago should have produced a health card. */
    REGISTRATION_AGE_DAYS(30, "rules.md CHILD-NO-CARD; Kon Tum 2024 Điều 20.5");

    private final Object defaultValue;
    private final String citation;

    Parameter(Object defaultValue, String citation) {
        this.defaultValue = defaultValue;
        this.citation = citation;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public String citation() {
        return citation;
    }

    /** The placeholder name used in rule SQL, e.g. {@code interest_rate_per_day}. */
    public String placeholder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Class<?> type() {
        return defaultValue.getClass();
    }
}
