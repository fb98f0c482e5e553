package vn.phoihop.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;

/**
 * Slows down password guessing. Per account: after {@code max-failures} wrong passwords or
 * second-factor codes in a row the account is locked for {@code duration} (kept in the database,
 * so every node and a restart see it). Per client address: at most {@code ip max-failures}
 * failed sign-ins within {@code window}, across all accounts (password spraying); further
 * attempts are answered 429 without checking anything. The address counter lives in memory.
 */
@Component
class LoginProtection {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog auditLog;
    private final int accountMaxFailures;
    private final Duration lockDuration;
    private final int addressMaxFailures;
    private final Duration addressWindow;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginProtection(JdbcClient jdbc, Clock clock, AuditLog auditLog,
            @Value("${phoihop.security.lockout.max-failures:5}") int accountMaxFailures,
            @Value("${phoihop.security.lockout.duration:PT15M}") Duration lockDuration,
            @Value("${phoihop.security.address-limit.max-failures:30}") int addressMaxFailures,
            @Value("${phoihop.security.address-limit.window:PT15M}") Duration addressWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
        this.accountMaxFailures = accountMaxFailures;
        this.lockDuration = lockDuration;
        this.addressMaxFailures = addressMaxFailures;
        this.addressWindow = addressWindow;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accountFailed(String.valueOf(event.getAuthentication().getName()));
    }

    /** A wrong password or code for this username; locks the account at the limit. */
    @Transactional
    void accountFailed(String username) {
        Instant now = clock.instant();
        Optional<Integer> failures = jdbc.sql("""
                UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = ? RETURNING failed_logins""")
                .param(username).query(Integer.class).optional();
        if (failures.isPresent() && failures.get() >= accountMaxFailures) {
            Instant until = now.plus(lockDuration);
            jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE username = ?")
                    .params(until.atOffset(ZoneOffset.UTC), username).update();
            auditLog.record(new AuditEntry(username, null, "auth.lockout", "user", username,
                    AuditEntry.Outcome.DENIED, "failures=" + failures.get() + " locked_until=" + until));
        }
    }

    /** A complete sign-in: the count of failures starts again. */
    @Transactional
    void accountSucceeded(long userId) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ? AND failed_logins > 0")
                .param(userId).update();
    }

    Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .optional().flatMap(o -> o).map(OffsetDateTime::toInstant)
                .filter(until -> clock.instant().isBefore(until));
    }

    /** Administrators unlock an account before its time. */
    @Transactional
    boolean unlock(String username) {
        return jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?")
                .param(username).update() > 0;
    }

    /** How long this address must wait before trying again, or zero when it may try now. */
    Duration addressWait(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return Duration.ZERO;
        }
        synchronized (failures) {
            Instant now = clock.instant();
            prune(failures, now);
            if (failures.isEmpty()) {
                failuresByAddress.remove(address, failures);
            }
            if (failures.size() < addressMaxFailures) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, failures.peekFirst().plus(addressWindow));
            return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
        }
    }

    void addressFailed(String address) {
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            Instant now = clock.instant();
            prune(failures, now);
            failures.addLast(now);
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant horizon = now.minus(addressWindow);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
            failures.pollFirst();
        }
    }

    int accountMaxFailures() {
        return accountMaxFailures;
    }

    int addressMaxFailures() {
        return addressMaxFailures;
    }
}
