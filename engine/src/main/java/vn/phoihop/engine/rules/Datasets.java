package vn.phoihop.engine.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dataset tables the rules read, with the typed columns of docs/engine.md. The column list
 * is used only to stand in an empty relation for an optional dataset that is absent, so that a
 * rule's SQL does not need one variant per combination of present datasets.
 */
public final class Datasets {

    public static final String POPULATION = "population";
    public static final String INSURED_PERSONS = "insured_persons";
    public static final String EMPLOYERS = "employers";
    public static final String EMPLOYMENT = "employment";
    public static final String CONTRIBUTION_DUES = "contribution_dues";
    public static final String CONTRIBUTION_PAYMENTS = "contribution_payments";
    public static final String BUSINESS_REGISTRY = "business_registry";
    public static final String TAX_EMPLOYERS = "tax_employers";
    public static final String UI_BENEFITS = "ui_benefits";
    public static final String PENSION_PAYMENTS = "pension_payments";
    public static final String HEALTH_CARDS = "health_cards";
    public static final String STUDENTS = "students";
    public static final String BIRTH_REGISTRATIONS = "birth_registrations";
    public static final String UNION_UNITS = "union_units";
    public static final String FACILITY_SPENDING = "facility_spending";
    public static final String ETHNIC_SUPPORT = "ethnic_support";
    public static final String PAYMENT_REMINDERS = "payment_reminders";

    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(POPULATION, List.of("personal_id VARCHAR", "full_name VARCHAR", "full_name_norm VARCHAR",
                "birth_year INTEGER", "birth_month INTEGER", "birth_day INTEGER", "gender VARCHAR",
                "province_code VARCHAR", "commune_code VARCHAR", "death_date DATE", "old_id_number VARCHAR"));
        COLUMNS.put(INSURED_PERSONS, List.of("social_insurance_code VARCHAR", "personal_id VARCHAR",
                "old_id_number VARCHAR", "full_name VARCHAR", "full_name_norm VARCHAR", "birth_year INTEGER",
                "birth_month INTEGER", "birth_day INTEGER", "gender VARCHAR", "province_code VARCHAR"));
        COLUMNS.put(EMPLOYERS, List.of("unit_code VARCHAR", "tax_code VARCHAR", "name VARCHAR",
                "province_code VARCHAR", "registered_on DATE", "status VARCHAR", "payment_mode VARCHAR",
                "sector VARCHAR"));
        COLUMNS.put(EMPLOYMENT, List.of("social_insurance_code VARCHAR", "unit_code VARCHAR", "start_month DATE",
                "end_month DATE", "insured_salary BIGINT"));
        COLUMNS.put(CONTRIBUTION_DUES, List.of("unit_code VARCHAR", "period DATE", "headcount INTEGER",
                "amount_due BIGINT"));
        COLUMNS.put(CONTRIBUTION_PAYMENTS, List.of("payment_ref VARCHAR", "unit_code VARCHAR", "paid_on DATE",
                "amount BIGINT"));
        COLUMNS.put(BUSINESS_REGISTRY, List.of("tax_code VARCHAR", "name VARCHAR", "registered_on DATE",
                "status VARCHAR", "status_since DATE", "province_code VARCHAR", "address VARCHAR",
                "legal_representative VARCHAR"));
        COLUMNS.put(TAX_EMPLOYERS, List.of("tax_code VARCHAR", "fiscal_year INTEGER", "status VARCHAR",
                "pit_employee_count INTEGER", "si_expense_deducted BIGINT"));
        COLUMNS.put(UI_BENEFITS, List.of("decision_no VARCHAR", "social_insurance_code VARCHAR",
                "personal_id VARCHAR", "start_date DATE", "end_date DATE", "monthly_amount BIGINT",
                "province_code VARCHAR"));
        COLUMNS.put(PENSION_PAYMENTS, List.of("social_insurance_code VARCHAR", "personal_id VARCHAR",
                "period DATE", "amount BIGINT", "paid_on DATE"));
        COLUMNS.put(HEALTH_CARDS, List.of("card_number VARCHAR", "social_insurance_code VARCHAR",
                "personal_id VARCHAR", "group_code VARCHAR", "funded_by VARCHAR", "valid_from DATE",
                "valid_to DATE", "province_code VARCHAR"));
        COLUMNS.put(STUDENTS, List.of("school_code VARCHAR", "school_name VARCHAR", "personal_id VARCHAR",
                "full_name VARCHAR", "full_name_norm VARCHAR", "birth_year INTEGER", "birth_month INTEGER",
                "birth_day INTEGER", "school_year VARCHAR"));
        COLUMNS.put(BIRTH_REGISTRATIONS, List.of("personal_id VARCHAR", "full_name VARCHAR",
                "full_name_norm VARCHAR", "birth_year INTEGER", "birth_month INTEGER", "birth_day INTEGER",
                "registered_on DATE", "commune_code VARCHAR"));
        COLUMNS.put(UNION_UNITS, List.of("tax_code VARCHAR", "union_founded_on DATE", "members INTEGER"));
        COLUMNS.put(FACILITY_SPENDING, List.of("facility_code VARCHAR", "facility_name VARCHAR", "year INTEGER",
                "estimate BIGINT", "actual_claims BIGINT"));
        COLUMNS.put(ETHNIC_SUPPORT, List.of("personal_id VARCHAR", "full_name VARCHAR", "full_name_norm VARCHAR",
                "commune_code VARCHAR", "eligible_from DATE", "eligible_to DATE"));
        COLUMNS.put(PAYMENT_REMINDERS, List.of("reminder_ref VARCHAR", "unit_code VARCHAR", "sent_on DATE"));
    }

    private Datasets() {
    }

    /** The 17 dataset codes, in the order of datasets.md. */
    public static Set<String> all() {
        return COLUMNS.keySet();
    }

    /** An empty relation with the dataset's typed columns (and source_line), for an absent dataset. */
    static String emptyRelation(String dataset) {
        List<String> columns = COLUMNS.get(dataset);
        if (columns == null) {
            throw new IllegalArgumentException("unknown dataset " + dataset);
        }
        StringBuilder sql = new StringBuilder("(SELECT ");
        for (String column : columns) {
            String[] nameAndType = column.split(" ");
            sql.append("CAST(NULL AS ").append(nameAndType[1]).append(") AS ").append(nameAndType[0]).append(", ");
        }
        return sql.append("CAST(NULL AS BIGINT) AS source_line WHERE 1 = 0)").toString();
    }
}
