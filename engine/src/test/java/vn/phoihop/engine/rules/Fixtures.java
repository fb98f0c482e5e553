package vn.phoihop.engine.rules;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * An object mother for a small province: an in-memory DuckDB holding the 17 dataset tables with
 * the typed schema of docs/engine.md (written out here, independently of the main code), filled
 * row by row. Dates are written {@code YYYY-MM-DD}, months {@code YYYY-MM}, birth dates may be
 * partial ({@code YYYY}, {@code YYYY-MM}).
 */
final class Fixtures implements AutoCloseable {

    static final Map<String, String> SCHEMA = new LinkedHashMap<>();

    static {
        SCHEMA.put("population", "personal_id VARCHAR, full_name VARCHAR, full_name_norm VARCHAR, birth_year INTEGER,"
                + " birth_month INTEGER, birth_day INTEGER, gender VARCHAR, province_code VARCHAR,"
                + " commune_code VARCHAR, death_date DATE, old_id_number VARCHAR");
        SCHEMA.put("insured_persons", "social_insurance_code VARCHAR, personal_id VARCHAR, old_id_number VARCHAR,"
                + " full_name VARCHAR, full_name_norm VARCHAR, birth_year INTEGER, birth_month INTEGER,"
                + " birth_day INTEGER, gender VARCHAR, province_code VARCHAR");
        SCHEMA.put("employers", "unit_code VARCHAR, tax_code VARCHAR, name VARCHAR, province_code VARCHAR,"
                + " registered_on DATE, status VARCHAR, payment_mode VARCHAR, sector VARCHAR");
        SCHEMA.put("employment", "social_insurance_code VARCHAR, unit_code VARCHAR, start_month DATE,"
                + " end_month DATE, insured_salary BIGINT");
        SCHEMA.put("contribution_dues", "unit_code VARCHAR, period DATE, headcount INTEGER, amount_due BIGINT");
        SCHEMA.put("contribution_payments", "payment_ref VARCHAR, unit_code VARCHAR, paid_on DATE, amount BIGINT");
        SCHEMA.put("business_registry", "tax_code VARCHAR, name VARCHAR, registered_on DATE, status VARCHAR,"
                + " status_since DATE, province_code VARCHAR, address VARCHAR, legal_representative VARCHAR");
        SCHEMA.put("tax_employers", "tax_code VARCHAR, fiscal_year INTEGER, status VARCHAR,"
                + " pit_employee_count INTEGER, si_expense_deducted BIGINT");
        SCHEMA.put("ui_benefits", "decision_no VARCHAR, social_insurance_code VARCHAR, personal_id VARCHAR,"
                + " start_date DATE, end_date DATE, monthly_amount BIGINT, province_code VARCHAR");
        SCHEMA.put("pension_payments", "social_insurance_code VARCHAR, personal_id VARCHAR, period DATE,"
                + " amount BIGINT, paid_on DATE");
        SCHEMA.put("health_cards", "card_number VARCHAR, social_insurance_code VARCHAR, personal_id VARCHAR,"
                + " group_code VARCHAR, funded_by VARCHAR, valid_from DATE, valid_to DATE, province_code VARCHAR");
        SCHEMA.put("students", "school_code VARCHAR, school_name VARCHAR, personal_id VARCHAR, full_name VARCHAR,"
                + " full_name_norm VARCHAR, birth_year INTEGER, birth_month INTEGER, birth_day INTEGER,"
                + " school_year VARCHAR");
        SCHEMA.put("birth_registrations", "personal_id VARCHAR, full_name VARCHAR, full_name_norm VARCHAR,"
                + " birth_year INTEGER, birth_month INTEGER, birth_day INTEGER, registered_on DATE,"
                + " commune_code VARCHAR");
        SCHEMA.put("union_units", "tax_code VARCHAR, union_founded_on DATE, members INTEGER");
        SCHEMA.put("facility_spending", "facility_code VARCHAR, facility_name VARCHAR, year INTEGER,"
                + " estimate BIGINT, actual_claims BIGINT");
        SCHEMA.put("ethnic_support", "personal_id VARCHAR, full_name VARCHAR, full_name_norm VARCHAR,"
                + " commune_code VARCHAR, eligible_from DATE, eligible_to DATE");
        SCHEMA.put("payment_reminders", "reminder_ref VARCHAR, unit_code VARCHAR, sent_on DATE");
    }

    /** A finding as read back from the findings table. */
    record Finding(String rule, String subject, Long amountVnd, Long interestVnd, Integer months, String flags,
                   String detail, String legalBasis, String evidence) {
    }

    final Connection connection;
    private final Map<String, Integer> nextLine = new HashMap<>();

    private Fixtures(Connection connection) {
        this.connection = connection;
    }

    /** An empty province: all 17 dataset tables, no rows. */
    static Fixtures province() {
        try {
            Properties properties = new Properties();
            properties.setProperty("autoinstall_known_extensions", "false");
            properties.setProperty("autoload_known_extensions", "false");
            Fixtures fixtures = new Fixtures(DriverManager.getConnection("jdbc:duckdb:", properties));
            for (Map.Entry<String, String> table : SCHEMA.entrySet()) {
                fixtures.execute("CREATE TABLE " + table.getKey() + " (" + table.getValue() + ", source_line BIGINT)");
            }
            return fixtures;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes datasets, as when an agency has not sent them. */
    Fixtures without(String... datasets) {
        for (String dataset : datasets) {
            execute("DROP TABLE " + dataset);
        }
        return this;
    }

    // --- population, insured persons ------------------------------------------------------

    Fixtures person(String personalId, String fullName, String birth, String gender) {
        return populationRow(personalId, fullName, birth, gender, null, null);
    }

    Fixtures personWithOldId(String personalId, String fullName, String birth, String gender, String oldId) {
        return populationRow(personalId, fullName, birth, gender, null, oldId);
    }

    Fixtures deceasedPerson(String personalId, String fullName, String birth, String gender, String deathDate) {
        return populationRow(personalId, fullName, birth, gender, deathDate, null);
    }

    private Fixtures populationRow(String personalId, String fullName, String birth, String gender,
                                   String deathDate, String oldId) {
        Integer[] b = birth(birth);
        return insert("population", personalId, fullName, norm(fullName), b[0], b[1], b[2], gender, "62", null,
                date(deathDate), oldId);
    }

    Fixtures insured(String code, String personalId, String fullName, String birth, String gender) {
        return insuredWithOldId(code, personalId, null, fullName, birth, gender);
    }

    Fixtures insuredWithOldId(String code, String personalId, String oldId, String fullName, String birth,
                              String gender) {
        Integer[] b = birth(birth);
        return insert("insured_persons", code, personalId, oldId, fullName, norm(fullName), b[0], b[1], b[2],
                gender, "62");
    }

    // --- employers and contributions --------------------------------------------------------

    Fixtures employer(String unitCode, String taxCode, String status, String paymentMode) {
        return insert("employers", unitCode, taxCode, "Công ty " + unitCode, "62", date("2020-01-01"), status,
                paymentMode, "enterprise");
    }

    Fixtures employment(String code, String unitCode, String startMonth, String endMonth) {
        return insert("employment", code, unitCode, month(startMonth), month(endMonth), 5_000_000L);
    }

    Fixtures due(String unitCode, String period, int headcount, long amount) {
        return insert("contribution_dues", unitCode, month(period), headcount, amount);
    }

    Fixtures payment(String ref, String unitCode, String paidOn, long amount) {
        return insert("contribution_payments", ref, unitCode, date(paidOn), amount);
    }

    Fixtures reminder(String ref, String unitCode, String sentOn) {
        return insert("payment_reminders", ref, unitCode, date(sentOn));
    }

    Fixtures business(String taxCode, String status) {
        return insert("business_registry", taxCode, "Doanh nghiệp " + taxCode, date("2015-01-01"), status,
                date("2024-06-01"), "62", "Kon Tum", "Trần Văn Bình");
    }

    Fixtures tax(String taxCode, int year, String status, int pitEmployees, long siExpense) {
        return insert("tax_employers", taxCode, year, status, pitEmployees, siExpense);
    }

    Fixtures union(String taxCode, String foundedOn) {
        return insert("union_units", taxCode, date(foundedOn), 12);
    }

    // --- benefits, cards, people -------------------------------------------------------------

    Fixtures benefit(String decisionNo, String code, String start, String end, long monthlyAmount) {
        return insert("ui_benefits", decisionNo, code, null, date(start), date(end), monthlyAmount, "62");
    }

    Fixtures pension(String code, String personalId, String period, long amount) {
        return insert("pension_payments", code, personalId, month(period), amount,
                month(period).plusDays(4));
    }

    Fixtures card(String cardNumber, String code, String personalId, String groupCode, String fundedBy,
                  String validFrom, String validTo) {
        return insert("health_cards", cardNumber, code, personalId, groupCode, fundedBy, date(validFrom),
                date(validTo), "62");
    }

    Fixtures student(String schoolCode, String personalId, String fullName, String schoolYear) {
        return insert("students", schoolCode, "Trường " + schoolCode, personalId, fullName, norm(fullName), 2010,
                null, null, schoolYear);
    }

    Fixtures birth(String personalId, String fullName, String birth, String registeredOn) {
        Integer[] b = birth(birth);
        return insert("birth_registrations", personalId, fullName, norm(fullName), b[0], b[1], b[2],
                date(registeredOn), "23300");
    }

    Fixtures facility(String facilityCode, int year, long estimate, long actualClaims) {
        return insert("facility_spending", facilityCode, "Bệnh viện " + facilityCode, year, estimate, actualClaims);
    }

    Fixtures ethnic(String personalId, String eligibleFrom, String eligibleTo) {
        return insert("ethnic_support", personalId, "Y Bình", norm("Y Bình"), "23300", date(eligibleFrom),
                date(eligibleTo));
    }

    // --- running ----------------------------------------------------------------------------

    RunReport reconcile(String asOf) {
        return reconcile(asOf, RuleParameters.defaults());
    }

    RunReport reconcile(String asOf, RuleParameters parameters) {
        try {
            return new RuleRunner().run(connection, LocalDate.parse(asOf), parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Finding> findings(String rule) {
        List<Finding> findings = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM findings WHERE rule = '" + rule
                     + "' ORDER BY subject, detail")) {
            while (rows.next()) {
                findings.add(new Finding(rows.getString("rule"), rows.getString("subject"),
                        (Long) rows.getObject("amount_vnd"), (Long) rows.getObject("interest_vnd"),
                        (Integer) rows.getObject("months"), rows.getString("flags"), rows.getString("detail"),
                        rows.getString("legal_basis"), rows.getString("evidence")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return findings;
    }

    Finding onlyFinding(String rule) {
        List<Finding> findings = findings(rule);
        if (findings.size() != 1) {
            throw new AssertionError("expected one " + rule + " finding, got " + findings);
        }
        return findings.get(0);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    // --- helpers ----------------------------------------------------------------------------

    /** rules.md Name match: NFC, lower-case, no diacritics (đ → d), white space collapsed, trimmed. */
    static String norm(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
        return bare.replaceAll("\\s+", " ").trim();
    }

    private Fixtures insert(String table, Object... values) {
        int line = nextLine.merge(table, 1, Integer::sum) + 1;
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES (");
        for (Object value : values) {
            sql.append(literal(value)).append(", ");
        }
        execute(sql.append(line).append(')').toString());
        return this;
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        return value.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static LocalDate month(String text) {
        return text == null ? null : LocalDate.parse(text + "-01");
    }

    private static Integer[] birth(String text) {
        String[] parts = text.split("-");
        Integer[] birth = new Integer[3];
        for (int i = 0; i < parts.length; i++) {
            birth[i] = Integer.valueOf(parts[i]);
        }
        return birth;
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
