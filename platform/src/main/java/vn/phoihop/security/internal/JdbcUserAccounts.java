package vn.phoihop.security.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.security.UserAccounts;

@Service
class JdbcUserAccounts implements UserAccounts, UserDetailsService {

    /** Fewer characters than this is refused; issue #7 adds the full password policy. */
    static final int MINIMUM_PASSWORD_LENGTH = 4;

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    JdbcUserAccounts(JdbcClient jdbc, Agencies agencies, PasswordEncoder passwordEncoder, AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CurrentUser create(NewUser user) {
        if (exists(user.username())) {
            throw new PhoihopException(ErrorCode.CONFLICT, Map.of("username", user.username()));
        }
        if (user.rawPassword() == null || user.rawPassword().length() < MINIMUM_PASSWORD_LENGTH) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("password", "at least " + MINIMUM_PASSWORD_LENGTH + " characters"));
        }
        Agency agency = agencies.byCode(user.agencyCode())
                .orElseThrow(() -> new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("agency", user.agencyCode())));
        long id = jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, agency_id, enabled, created_at)
                VALUES (?, ?, ?, ?, TRUE, ?) RETURNING id""")
                .params(user.username(), user.displayName(), passwordEncoder.encode(user.rawPassword()), agency.id(),
                        clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
        for (Role role : user.roles()) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
        auditLog.recordForCurrentUser("user.create", "user", user.username(), AuditEntry.Outcome.SUCCESS,
                "agency=" + agency.code() + " roles=" + user.roles());
        return new CurrentUser(id, user.username(), user.displayName(), agency, user.roles());
    }

    @Override
    public java.util.List<Person> holding(String agencyCode, Role role) {
        return jdbc.sql("""
                SELECT u.username, u.display_name FROM app_user u
                JOIN agency a ON a.id = u.agency_id JOIN user_role r ON r.user_id = u.id
                WHERE a.code = ? AND r.role = ? AND u.enabled ORDER BY u.username""")
                .params(agencyCode, role.name())
                .query((rs, row) -> new Person(rs.getString(1), rs.getString(2))).list();
    }

    @Override
    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Long.class)
                .single() > 0;
    }

    @Override
    public boolean adminExists() {
        return jdbc.sql("""
                SELECT count(*) FROM app_user u JOIN user_role r ON r.user_id = u.id
                WHERE r.role = 'ADMIN' AND u.enabled""").query(Long.class).single() > 0;
    }

    @Override
    public PhoihopUserDetails loadUserByUsername(String username) {
        return findBy("u.username = ?", username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    Optional<PhoihopUserDetails> byId(long id) {
        return findBy("u.id = ?", id);
    }

    private Optional<PhoihopUserDetails> findBy(String condition, Object value) {
        record Row(long id, String username, String displayName, String passwordHash, long agencyId,
                boolean enabled) {
        }
        Optional<Row> row = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.password_hash, u.agency_id, u.enabled
                FROM app_user u WHERE """ + " " + condition)
                .param(value)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getLong("agency_id"), rs.getBoolean("enabled")))
                .optional();
        return row.map(r -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            jdbc.sql("SELECT role FROM user_role WHERE user_id = ?").param(r.id()).query(String.class).list()
                    .forEach(role -> roles.add(Role.valueOf(role)));
            Agency agency = agencies.byId(r.agencyId()).orElseThrow();
            return new PhoihopUserDetails(new CurrentUser(r.id(), r.username(), r.displayName(), agency, roles),
                    r.passwordHash(), r.enabled());
        });
    }
}
