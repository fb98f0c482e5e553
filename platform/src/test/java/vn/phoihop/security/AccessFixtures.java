package vn.phoihop.security;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.RoleAssignments;

/**
 * What the access tests need beyond the demo province: social security of another province (Hà
 * Nội, 01) with an account, and findings of province 51 whose evidence names a person.
 */
public final class AccessFixtures {

    public static final String OTHER_PROVINCE_USER = "bhxh01";
    public static final String OTHER_PROVINCE = "01";
    /** A personal id that appears in the planted findings below (synthetic). */
    public static final String PERSON = "051090001234";

    private AccessFixtures() {
    }

    /** Social security of province 01 and its officer bhxh01 (password demo), once per database. */
    public static void otherProvince(Agencies agencies, RoleAssignments roles, UserAccounts users) {
        agencies.ensure(new Agencies.NewAgency("01.social_security", "Bảo hiểm xã hội thành phố Hà Nội",
                "Social Security of Ha Noi", Agency.Level.PROVINCE, OTHER_PROVINCE, "Thành phố Hà Nội", "Ha Noi"));
        roles.ensureAssigned("social_security.province", OTHER_PROVINCE, "01.social_security",
                LocalDate.of(2008, 1, 1), "test");
        if (!users.exists(OTHER_PROVINCE_USER)) {
            users.createDemoAccount(new UserAccounts.NewUser(OTHER_PROVINCE_USER, "Cán bộ BHXH Hà Nội", "demo",
                    "01.social_security", Set.of(Role.OFFICER, Role.SUPERVISOR)), null);
        }
    }

    /** An open finding of {@code rule} in province 51 naming {@link #PERSON}; returns its id. */
    public static long plantedFinding(JdbcClient jdbc, String rule, String subject) {
        long run = jdbc.sql("SELECT max(id) FROM reconcile_run WHERE province_code = '51'").query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO finding (province_code, rule, subject, detail, legal_basis, evidence, status, first_run_id,
                                     last_run_id)
                VALUES ('51', ?, ?, ?, 'QCPH 01/2022 Điều 6.2.d', ?, 'open', ?, ?)
                ON CONFLICT (province_code, rule, subject) DO UPDATE SET status = 'open', case_id = NULL
                RETURNING id""")
                .params(rule, subject, "Người có số định danh " + PERSON + " (Nguyễn Văn Thử) sai ngày sinh",
                        "[{\"dataset\": \"insured_persons\", \"source_line\": 7, \"personal_id\": \"" + PERSON
                                + "\", \"full_name\": \"Nguyễn Văn Thử\", \"birth_date\": \"1990-04-01\"}]",
                        run, run)
                .query(Long.class).single();
    }
}
