package vn.phoihop.engine.generate;

import java.util.List;

/**
 * The 17 exchange datasets of datasets.md with their columns in catalogue order. The
 * generator keeps its own copy so that it depends on nothing else in the engine.
 */
public enum Dataset {
    POPULATION("population", "personal_id", "full_name", "birth_date", "gender", "province_code",
            "commune_code", "death_date", "old_id_number"),
    INSURED_PERSONS("insured_persons", "social_insurance_code", "personal_id", "old_id_number", "full_name",
            "birth_date", "gender", "province_code"),
    EMPLOYERS("employers", "unit_code", "tax_code", "name", "province_code", "registered_on", "status",
            "payment_mode", "sector"),
    EMPLOYMENT("employment", "social_insurance_code", "unit_code", "start_month", "end_month", "insured_salary"),
    CONTRIBUTION_DUES("contribution_dues", "unit_code", "period", "headcount", "amount_due"),
    CONTRIBUTION_PAYMENTS("contribution_payments", "payment_ref", "unit_code", "paid_on", "amount"),
    BUSINESS_REGISTRY("business_registry", "tax_code", "name", "registered_on", "status", "status_since",
            "province_code", "address", "legal_representative"),
    TAX_EMPLOYERS("tax_employers", "tax_code", "fiscal_year", "status", "pit_employee_count", "si_expense_deducted"),
    UI_BENEFITS("ui_benefits", "decision_no", "social_insurance_code", "personal_id", "start_date", "end_date",
            "monthly_amount", "province_code"),
    PENSION_PAYMENTS("pension_payments", "social_insurance_code", "personal_id", "period", "amount", "paid_on"),
    HEALTH_CARDS("health_cards", "card_number", "social_insurance_code", "personal_id", "group_code", "funded_by",
            "valid_from", "valid_to", "province_code"),
    STUDENTS("students", "school_code", "school_name", "personal_id", "full_name", "birth_date", "school_year"),
    BIRTH_REGISTRATIONS("birth_registrations", "personal_id", "full_name", "birth_date", "registered_on",
            "commune_code"),
    UNION_UNITS("union_units", "tax_code", "union_founded_on", "members"),
    FACILITY_SPENDING("facility_spending", "facility_code", "facility_name", "year", "estimate", "actual_claims"),
    ETHNIC_SUPPORT("ethnic_support", "personal_id", "full_name", "commune_code", "eligible_from", "eligible_to"),
    PAYMENT_REMINDERS("payment_reminders", "reminder_ref", "unit_code", "sent_on");

    private final String code;
    private final List<String> columns;

    Dataset(String code, String... columns) {
        this.code = code;
        this.columns = List.of(columns);
    }

    /** The dataset code of datasets.md, also the file's base name. */
    public String code() {
        return code;
    }

    public List<String> columns() {
        return columns;
    }

    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(code + " has no column " + name);
        }
        return index;
    }
}
