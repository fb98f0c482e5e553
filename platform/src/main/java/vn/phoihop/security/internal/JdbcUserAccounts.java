package vn.phoihop.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.security.UserAccounts;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

@Service
class JdbcUserAccounts implements UserAccounts, UserDetailsService {

    static final String PERSON = "person";
    static final String SERVICE = "service";

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Environment environment;
    private final SecretBox secretBox;

    JdbcUserAccounts(JdbcClient jdbc, Agencies agencies, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog auditLog, Clock clock, Environment environment, SecretBox secretBox) {
        this.secretBox = secretBox;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    @Transactional
    public CurrentUser create(NewUser user) {
        if (exists(user.username())) {
            throw new PhoihopException(ErrorCode.CONFLICT, Map.of("username", user.username()));
        }
        List<PasswordPolicy.Violation> violations = passwordPolicy.check(user.username(), user.rawPassword());
        if (!violations.isEmpty()) {
            throw new PhoihopException(ErrorCode.AUTH_PASSWORD_POLICY, PasswordPolicy.details(violations));
        }
        return insert(user, PERSON, passwordEncoder.encode(user.rawPassword()));
    }

    @Override
    @Transactional
    public CurrentUser createDemoAccount(NewUser user, String totpSecret) {
        if (!"demo".equals(environment.getProperty("phoihop.mode"))) {
            throw new IllegalStateException("demo accounts exist only in demo mode");
        }
        if (exists(user.username())) {
            throw new PhoihopException(ErrorCode.CONFLICT, Map.of("username", user.username()));
        }
        CurrentUser created = insert(user, PERSON, passwordEncoder.encode(user.rawPassword()));
        if (totpSecret != null) {
            jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = ? WHERE id = ?")
                    .params(secretBox.seal(totpSecret), now(), created.id()).update();
        }
        return created;
    }

    /** A service account: no password, token authentication only (system-to-system exchange). */
    @Transactional
    CurrentUser createServiceAccount(String username, String displayName, String agencyCode, Set<Role> roles) {
        if (exists(username)) {
            throw new PhoihopException(ErrorCode.CONFLICT, Map.of("username", username));
        }
        if (roles.contains(Role.ADMIN)) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("roles", "a service account cannot be an administrator"));
        }
        return insert(new NewUser(username, displayName, null, agencyCode, roles), SERVICE, null);
    }

    private CurrentUser insert(NewUser user, String kind, String passwordHash) {
        if (user.username() == null || !user.username().matches("[a-z0-9._-]{2,64}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED,
                    Map.of("username", "2–64 characters: lower-case letters, digits, '.', '_' or '-'"));
        }
        Agency agency = agencies.byCode(user.agencyCode())
                .orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY,
                        Map.of("agency", String.valueOf(user.agencyCode()))));
        long id = jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, agency_id, enabled, created_at, kind)
                VALUES (?, ?, ?, ?, TRUE, ?, ?) RETURNING id""")
                .params(user.username(), user.displayName(), passwordHash, agency.id(), now(), kind)
                .query(Long.class).single();
        for (Role role : user.roles()) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
        auditLog.recordForCurrentUser(SERVICE.equals(kind) ? "service_account.create" : "user.create", "user",
                user.username(), AuditEntry.Outcome.SUCCESS, "agency=" + agency.code() + " roles=" + user.roles());
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

    /** For password sign-in: people only. A service account is answered like an unknown user. */
    @Override
    public PhoihopUserDetails loadUserByUsername(String username) {
        return find(Lookup.PERSON_BY_USERNAME, username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    Optional<PhoihopUserDetails> byId(long id) {
        return find(Lookup.BY_ID, id);
    }

    Optional<PhoihopUserDetails> byUsername(String username) {
        return find(Lookup.BY_USERNAME, username);
    }

    Optional<PhoihopUserDetails> byOidcSubject(String subject) {
        return find(Lookup.PERSON_BY_OIDC_SUBJECT, subject);
    }

    /** Links the subject of an external identity provider to a person's account. */
    @Transactional
    void linkOidcSubject(long userId, String subject) {
        jdbc.sql("UPDATE app_user SET oidc_subject = ? WHERE id = ? AND kind = 'person'").params(subject, userId)
                .update();
    }

    List<ServiceAccountView> serviceAccounts() {
        return jdbc.sql("""
                SELECT u.username, u.display_name, a.code, u.enabled, u.created_at
                FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.kind = 'service' ORDER BY u.username""")
                .query((rs, n) -> new ServiceAccountView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    record ServiceAccountView(String username, String display_name, String agency, boolean enabled,
            Instant created_at) {
    }

    /** The fixed queries a user can be found by; never SQL assembled from input. */
    private enum Lookup {
        BY_ID("u.id = ?"),
        BY_USERNAME("u.username = ?"),
        PERSON_BY_USERNAME("u.username = ? AND u.kind = 'person'"),
        PERSON_BY_OIDC_SUBJECT("u.oidc_subject = ? AND u.kind = 'person'");

        final String condition;

        Lookup(String condition) {
            this.condition = condition;
        }
    }

    private Optional<PhoihopUserDetails> find(Lookup lookup, Object value) {
        record Row(long id, String username, String displayName, String passwordHash, long agencyId,
                boolean enabled, String kind, OffsetDateTime lockedUntil, boolean totpEnrolled) {
        }
        Optional<Row> row = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.password_hash, u.agency_id, u.enabled, u.kind,
                       u.locked_until, u.totp_enrolled_at IS NOT NULL AS totp_enrolled
                FROM app_user u WHERE """ + " " + lookup.condition)
                .param(value)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getLong("agency_id"), rs.getBoolean("enabled"),
                        rs.getString("kind"), rs.getObject("locked_until", OffsetDateTime.class),
                        rs.getBoolean("totp_enrolled")))
                .optional();
        Instant now = clock.instant();
        return row.map(r -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            jdbc.sql("SELECT role FROM user_role WHERE user_id = ?").param(r.id()).query(String.class).list()
                    .forEach(role -> roles.add(Role.valueOf(role)));
            Agency agency = agencies.byId(r.agencyId()).orElseThrow();
            boolean locked = r.lockedUntil() != null && now.isBefore(r.lockedUntil().toInstant());
            return new PhoihopUserDetails(new CurrentUser(r.id(), r.username(), r.displayName(), agency, roles),
                    r.passwordHash(), r.enabled(), SERVICE.equals(r.kind()), !locked, r.totpEnrolled());
        });
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
