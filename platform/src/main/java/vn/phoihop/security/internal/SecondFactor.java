package vn.phoihop.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.security.Totp;

/**
 * The second factor: TOTP codes from an authenticator app, and single-use recovery codes for a
 * lost phone. Mandatory for administrators and for the police (whose agency's code ends in one of
 * {@code phoihop.security.totp.required-agency-kinds}, e.g. {@code 51.police}); anyone else may
 * enrol, and once enrolled always uses it.
 */
@Service
class SecondFactor {

    static final String ISSUER = "PhoiHop";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog auditLog;
    private final Set<String> requiredAgencyKinds;
    private final int window;
    private final SecretBox secretBox;

    SecondFactor(JdbcClient jdbc, Clock clock, AuditLog auditLog, SecretBox secretBox,
            @Value("${phoihop.security.totp.required-agency-kinds:police}") Set<String> requiredAgencyKinds,
            @Value("${phoihop.security.totp.window:1}") int window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
        this.requiredAgencyKinds = requiredAgencyKinds;
        this.window = window;
        this.secretBox = secretBox;
    }

    /** Administrators and police officers must use a second factor. */
    boolean mandatoryFor(CurrentUser user) {
        String code = user.agency().code();
        String kind = code.substring(code.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return user.has(Role.ADMIN) || requiredAgencyKinds.contains(kind);
    }

    boolean requiredFor(PhoihopUserDetails user) {
        return user.totpEnrolled() || mandatoryFor(user.currentUser());
    }

    boolean enrolled(long userId) {
        return jdbc.sql("SELECT totp_enrolled_at IS NOT NULL FROM app_user WHERE id = ?").param(userId)
                .query(Boolean.class).single();
    }

    /** Whether the code is the user's current TOTP code (one step of drift either side allowed). */
    boolean verifyCode(long userId, String code) {
        String sealed = jdbc.sql("SELECT totp_secret FROM app_user WHERE id = ? AND totp_enrolled_at IS NOT NULL")
                .param(userId).query(String.class).optional().orElse(null);
        return sealed != null && Totp.verify(secretBox.open(sealed), normalise(code), clock.instant(), window);
    }

    /** Spends a recovery code: true once per code, false for a wrong or already used one. */
    @Transactional
    boolean useRecoveryCode(CurrentUser user, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String clean = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        int used = jdbc.sql("""
                UPDATE totp_recovery_code SET used_at = ?
                WHERE user_id = ? AND code_sha256 = ? AND used_at IS NULL""")
                .params(clock.instant().atOffset(ZoneOffset.UTC), user.id(), TokenService.sha256(clean)).update();
        if (used == 1) {
            long left = remainingRecoveryCodes(user.id());
            auditLog.record(new AuditEntry(user.username(), user.agency().code(), "auth.recovery_code_used", "user",
                    user.username(), AuditEntry.Outcome.SUCCESS, "remaining=" + left));
        }
        return used == 1;
    }

    long remainingRecoveryCodes(long userId) {
        return jdbc.sql("SELECT count(*) FROM totp_recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(userId).query(Long.class).single();
    }

    /**
     * Confirms enrolment: the code must come from the candidate secret the user was shown. Stores
     * the secret and returns new recovery codes (shown once; only their hashes are kept).
     */
    @Transactional
    List<String> enrol(CurrentUser user, String candidateSecret, String code) {
        if (candidateSecret == null || !Totp.verify(candidateSecret, normalise(code), clock.instant(), window)) {
            return List.of();
        }
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = ? WHERE id = ?")
                .params(secretBox.seal(candidateSecret), clock.instant().atOffset(ZoneOffset.UTC), user.id()).update();
        List<String> codes = newRecoveryCodes(user.id());
        auditLog.record(new AuditEntry(user.username(), user.agency().code(), "auth.totp_enrol", "user",
                user.username(), AuditEntry.Outcome.SUCCESS, "recovery_codes=" + codes.size()));
        return codes;
    }

    /** Replaces the user's recovery codes with new ones. */
    @Transactional
    List<String> newRecoveryCodes(long userId) {
        jdbc.sql("DELETE FROM totp_recovery_code WHERE user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder(11);
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            jdbc.sql("INSERT INTO totp_recovery_code (user_id, code_sha256, created_at) VALUES (?, ?, ?)")
                    .params(userId, TokenService.sha256(code.toString()), clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            code.insert(5, '-');
            codes.add(code.toString());
        }
        return codes;
    }

    /** An administrator removes a user's second factor (lost phone, no recovery codes left); they must enrol again. */
    @Transactional
    boolean reset(String username) {
        int changed = jdbc.sql("""
                UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL WHERE username = ? AND kind = 'person'""")
                .param(username).update();
        jdbc.sql("DELETE FROM totp_recovery_code WHERE user_id = (SELECT id FROM app_user WHERE username = ?)")
                .param(username).update();
        return changed > 0;
    }

    private static String normalise(String code) {
        return code == null ? null : code.replaceAll("\\s", "");
    }
}
