package vn.phoihop.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.RegistryChanged;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * The effective-dated side of the agency directory: agencies with their parent, dates and
 * successor; the roles; who holds which role where and when.
 */
@Repository
class Directory implements RoleAssignments {

    /** An agency as the directory shows it, with its history. */
    record AgencyEntry(long id, String code, String nameVi, String nameEn, String level, String provinceCode,
            String jurisdictionVi, Long parentId, String parentCode, LocalDate validFrom, LocalDate validTo,
            Long successorId, String successorCode, String successorNameVi, String email) {

        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    record RoleEntry(String code, String level, String nameVi, String nameEn) {
    }

    record Assignment(long id, String roleCode, String provinceCode, long agencyId, String agencyCode,
            String agencyNameVi, String agencyNameEn, LocalDate validFrom, LocalDate validTo, String basis) {
    }

    private static final String AGENCY_SELECT = """
            SELECT a.id, a.code, a.name_vi, a.name_en, a.level, a.province_code, a.jurisdiction_vi, a.parent_id,
                   p.code AS parent_code, a.valid_from, a.valid_to, a.successor_id, s.code AS successor_code,
                   s.name_vi AS successor_name_vi, a.email
            FROM agency a LEFT JOIN agency p ON p.id = a.parent_id LEFT JOIN agency s ON s.id = a.successor_id
            """;

    private static final String ASSIGNMENT_SELECT = """
            SELECT r.id, r.role_code, r.province_code, r.agency_id, a.code, a.name_vi, a.name_en, r.valid_from,
                   r.valid_to, r.basis
            FROM role_assignment r JOIN agency a ON a.id = r.agency_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Directory(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<AgencyEntry> agencies() {
        return jdbc.sql(AGENCY_SELECT + " ORDER BY a.province_code NULLS FIRST, a.valid_to NULLS FIRST, a.code")
                .query((rs, n) -> new AgencyEntry(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getString("level"), rs.getString("province_code"),
                        rs.getString("jurisdiction_vi"), (Long) rs.getObject("parent_id"), rs.getString("parent_code"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        (Long) rs.getObject("successor_id"), rs.getString("successor_code"),
                        rs.getString("successor_name_vi"), rs.getString("email")))
                .list();
    }

    Optional<AgencyEntry> agency(String code) {
        return agencies().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Sets the effective dates, parent and successor of an agency (codes resolved here). */
    @Transactional
    void setHistory(String code, LocalDate validFrom, LocalDate validTo, String parentCode, String successorCode) {
        long id = agencyId(code);
        if (validTo != null && validFrom != null && validTo.isBefore(validFrom)) {
            throw new PhoihopException(ErrorCode.REGISTRY_INVALID_PERIOD);
        }
        jdbc.sql("UPDATE agency SET valid_from = COALESCE(?, valid_from), valid_to = ?, parent_id = ?, successor_id = ? WHERE id = ?")
                .params(validFrom, validTo, parentCode == null ? null : agencyId(parentCode),
                        successorCode == null ? null : agencyId(successorCode), id)
                .update();
        events.publishEvent(new RegistryChanged("registry.agency.history", "agency", code,
                "valid_from=" + validFrom + " valid_to=" + validTo + " parent=" + parentCode + " successor="
                        + successorCode));
    }

    /** Sets (or clears) where an agency receives e-mail reminders. */
    void setEmail(String code, String email) {
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, java.util.Map.of("email", "name@domain"));
        }
        jdbc.sql("UPDATE agency SET email = ? WHERE id = ?")
                .params(email == null || email.isBlank() ? null : email.strip(), agencyId(code)).update();
        events.publishEvent(new RegistryChanged("registry.agency.email", "agency", code, email == null ? "" : email));
    }

    long agencyId(String code) {
        return jdbc.sql("SELECT id FROM agency WHERE code = ?").param(code).query(Long.class).optional()
                .orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY,
                        java.util.Map.of("agency", code)));
    }

    List<RoleEntry> roles() {
        return jdbc.sql("SELECT code, level, name_vi, name_en FROM registry_role ORDER BY level, code")
                .query((rs, n) -> new RoleEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Adds a role the regulations (or a new one) address; codes are never reused for another meaning. */
    @Transactional
    RoleEntry addRole(String code, String level, String nameVi, String nameEn) {
        if (code == null || !code.matches("[a-z_]+(\\.(central|province))?")
                || !java.util.Set.of("central", "province", "commune").contains(level)
                || (code.endsWith(".central") && !"central".equals(level))
                || (code.endsWith(".province") && !"province".equals(level)) || nameVi == null || nameVi.isBlank()) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, java.util.Map.of("code",
                    "lower_case with .central or .province matching level", "name_vi", "required"));
        }
        if (role(code).isPresent()) {
            throw new PhoihopException(ErrorCode.CONFLICT, java.util.Map.of("role", code));
        }
        jdbc.sql("INSERT INTO registry_role (code, level, name_vi, name_en) VALUES (?, ?, ?, ?)")
                .params(code, level, nameVi.strip(), nameEn == null || nameEn.isBlank() ? nameVi.strip() : nameEn.strip())
                .update();
        events.publishEvent(new RegistryChanged("registry.role.add", "registry_role", code, level + " " + nameVi));
        return role(code).orElseThrow();
    }

    Optional<RoleEntry> role(String code) {
        return roles().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    List<Assignment> assignments(String provinceCode) {
        String where = provinceCode == null ? "" : " WHERE r.province_code = ? OR r.province_code IS NULL";
        var spec = jdbc.sql(ASSIGNMENT_SELECT + where + " ORDER BY r.role_code, r.valid_from");
        if (provinceCode != null) {
            spec = spec.param(provinceCode);
        }
        return spec.query(Directory::assignment).list();
    }

    /**
     * Gives a role to an agency from a day on. The current holder's assignment, if any, ends the
     * day before: a role has one holder at a time in a place.
     */
    @Transactional
    Assignment assign(String roleCode, String provinceCode, String agencyCode, LocalDate from, LocalDate to,
            String basis) {
        RoleEntry role = role(roleCode).orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_ROLE,
                java.util.Map.of("role", roleCode)));
        String province = "central".equals(role.level()) ? null : provinceCode;
        if (!"central".equals(role.level()) && (province == null || !province.matches("\\d{2}"))) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, java.util.Map.of("province", "2 digits"));
        }
        if (to != null && to.isBefore(from)) {
            throw new PhoihopException(ErrorCode.REGISTRY_INVALID_PERIOD);
        }
        long agencyId = agencyId(agencyCode);
        int overlappingLater = jdbc.sql("""
                SELECT count(*) FROM role_assignment WHERE role_code = ? AND province_code IS NOT DISTINCT FROM ?
                AND valid_from >= ?""").params(roleCode, province, from).query(Integer.class).single();
        if (overlappingLater > 0) {
            throw new PhoihopException(ErrorCode.REGISTRY_ASSIGNMENT_OVERLAP,
                    java.util.Map.of("role", roleCode, "from", from.toString()));
        }
        jdbc.sql("""
                UPDATE role_assignment SET valid_to = ? WHERE role_code = ? AND province_code IS NOT DISTINCT FROM ?
                AND valid_from < ? AND (valid_to IS NULL OR valid_to >= ?)""")
                .params(from.minusDays(1), roleCode, province, from, from).update();
        long id = jdbc.sql("""
                INSERT INTO role_assignment (role_code, province_code, agency_id, valid_from, valid_to, basis)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(roleCode, province, agencyId, from, to, basis == null ? "" : basis)
                .query(Long.class).single();
        events.publishEvent(new RegistryChanged("registry.role.assign", "role_assignment", String.valueOf(id),
                roleCode + "@" + (province == null ? "central" : province) + " -> " + agencyCode + " from " + from
                        + (to == null ? "" : " to " + to)));
        return jdbc.sql(ASSIGNMENT_SELECT + " WHERE r.id = ?").param(id).query(Directory::assignment).single();
    }

    @Override
    @Transactional
    public boolean ensureAssigned(String roleCode, String provinceCode, String agencyCode, LocalDate from,
            String basis) {
        int existing = jdbc.sql("""
                SELECT count(*) FROM role_assignment WHERE role_code = ? AND province_code IS NOT DISTINCT FROM ?
                AND valid_from = ?""").params(roleCode, provinceCode, from).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        assign(roleCode, provinceCode, agencyCode, from, null, basis);
        return true;
    }

    @Override
    public Optional<Agency> holder(String roleCode, String provinceCode, LocalDate day) {
        return jdbc.sql("""
                SELECT a.id, a.code, a.name_vi, a.name_en, a.level, a.province_code, a.jurisdiction_vi, a.jurisdiction_en
                FROM role_assignment r JOIN agency a ON a.id = r.agency_id
                WHERE r.role_code = ? AND (r.province_code = ? OR r.province_code IS NULL)
                AND r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to >= ?)
                ORDER BY r.valid_from DESC LIMIT 1""")
                .params(roleCode, provinceCode, day, day)
                .query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Agency.Level.fromDb(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
                .optional();
    }

    @Override
    public List<String> rolesOf(long agencyId, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT role_code FROM role_assignment WHERE agency_id = ? AND valid_from <= ?
                AND (valid_to IS NULL OR valid_to >= ?) ORDER BY role_code""")
                .params(agencyId, day, day).query(String.class).list();
    }

    private static Assignment assignment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getString(10));
    }
}
