package vn.phoihop.security.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.security.AccessPolicy;
import vn.phoihop.security.Classification;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** {@link AccessPolicy} over the user's agency, the registry's roles and the tables of bases and requests. */
@Service
class JdbcAccessPolicy implements AccessPolicy {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final RoleAssignments roles;
    private final Clock clock;

    JdbcAccessPolicy(JdbcClient jdbc, RoleAssignments roles, Clock clock) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public Jurisdiction jurisdiction(CurrentUser user) {
        String commune = jdbc.sql("SELECT commune_code FROM app_user WHERE id = ?").param(user.id())
                .query(String.class).optional().orElse(null);
        return new Jurisdiction(user.agency().level(), user.agency().provinceCode(), commune);
    }

    @Override
    public boolean covers(CurrentUser user, String provinceCode) {
        return user.has(Role.ADMIN) || jurisdiction(user).covers(provinceCode, null);
    }

    @Override
    public void requireCovers(CurrentUser user, String provinceCode) {
        if (!covers(user, provinceCode)) {
            throw new PhoihopException(ErrorCode.ACCESS_OUT_OF_JURISDICTION,
                    Map.of("province", String.valueOf(provinceCode)));
        }
    }

    @Override
    public String provinceFilter(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return null;
        }
        Jurisdiction place = jurisdiction(user);
        if (place.central()) {
            return null;
        }
        return place.communeCode() == null ? place.provinceCode() : NO_PROVINCE;
    }

    @Override
    public Classification clearance(CurrentUser user) {
        return jdbc.sql("SELECT clearance FROM app_user WHERE id = ?").param(user.id()).query(String.class)
                .optional().map(Classification::fromDb).orElse(Classification.THUONG);
    }

    @Override
    public PersonalDataAccess finding(CurrentUser user, String rule) {
        boolean personLevel = jdbc.sql("SELECT count(*) FROM personal_data_rule WHERE ? LIKE rule_prefix || '%'")
                .param(rule).query(Long.class).single() > 0;
        if (!personLevel) {
            return new PersonalDataAccess(true, "không chứa dữ liệu cá nhân");
        }
        return basis(user, "finding:" + rule).map(b -> new PersonalDataAccess(true, b))
                .orElse(PersonalDataAccess.MASKED);
    }

    @Override
    public PersonalDataAccess caseFile(CurrentUser user, String rule, boolean owningAgency, boolean referredToUser) {
        if (referredToUser) {
            Optional<String> referral = basis(user, "case:referral");
            if (referral.isPresent()) {
                return new PersonalDataAccess(true, referral.get());
            }
        }
        if (rule != null) {
            return finding(user, rule);
        }
        return owningAgency ? new PersonalDataAccess(true, "cơ quan thụ lý hồ sơ") : PersonalDataAccess.MASKED;
    }

    @Override
    public PersonalDataAccess personRecord(CurrentUser user, String personId) {
        Optional<String> own = basis(user, "person");
        if (own.isPresent()) {
            return new PersonalDataAccess(true, own.get());
        }
        return jdbc.sql("""
                SELECT id FROM police_access_request
                WHERE person_id = ? AND agency_code = ? AND status = 'approved' AND valid_until > ?
                ORDER BY valid_until DESC LIMIT 1""")
                .params(personId, user.agency().code(), clock.instant().atOffset(ZoneOffset.UTC))
                .query(Long.class).optional()
                .map(id -> new PersonalDataAccess(true, "QCPH 01/2022 Điều 7.1.đ — yêu cầu #" + id + " đã được BHXH phê duyệt"))
                .orElse(PersonalDataAccess.MASKED);
    }

    /** The basis of the longest scope matching {@code wanted} among the roles the user's agency holds today. */
    private Optional<String> basis(CurrentUser user, String wanted) {
        List<String> held = roles.rolesOf(user.agency().id(), LocalDate.ofInstant(clock.instant(), VIETNAM));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT basis FROM personal_data_basis
                WHERE ? LIKE scope || '%' AND registry_role IN (:roles)
                ORDER BY length(scope) DESC LIMIT 1""".replace("(:roles)",
                        "(" + String.join(",", java.util.Collections.nCopies(held.size(), "?")) + ")"))
                .params(concat(wanted, held)).query(String.class).optional();
    }

    private static Object[] concat(String first, List<String> rest) {
        Object[] values = new Object[rest.size() + 1];
        values[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            values[i + 1] = rest.get(i);
        }
        return values;
    }
}
