package vn.phoihop.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.CurrentUser;

/**
 * The web sessions of signed-in people, recorded so that a person can see where they are signed
 * in and end a session (a lost laptop), and so that the idle and absolute timeouts hold by the
 * platform's clock. The servlet session keeps only a random handle naming its row.
 */
@Service
class SessionRegistry {

    static final String HANDLE = SessionRegistry.class.getName() + ".handle";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog auditLog;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    SessionRegistry(JdbcClient jdbc, Clock clock, AuditLog auditLog,
            @Value("${phoihop.security.session.idle-timeout:PT30M}") Duration idleTimeout,
            @Value("${phoihop.security.session.absolute-timeout:PT12H}") Duration absoluteTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
    }

    enum Status { ACTIVE, REVOKED, IDLE, EXPIRED, UNKNOWN }

    /** One session as its owner sees it. */
    record SessionView(long id, Instant created_at, Instant last_seen_at, String ip, String user_agent,
            boolean current) {
    }

    void start(HttpServletRequest request, CurrentUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String handle = HexFormat.of().formatHex(bytes);
        OffsetDateTime now = now();
        String agent = request.getHeader("User-Agent");
        jdbc.sql("""
                INSERT INTO user_session (handle, user_id, created_at, last_seen_at, ip, user_agent)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(handle, user.id(), now, now, request.getRemoteAddr(),
                        agent == null ? null : agent.substring(0, Math.min(agent.length(), 300)))
                .update();
        request.getSession().setAttribute(HANDLE, handle);
    }

    /** Whether the session may go on; touches its last-seen time when it may. */
    Status check(String handle) {
        record Row(long id, Instant created, Instant lastSeen, OffsetDateTime ended, String reason) {
        }
        Optional<Row> row = jdbc.sql("SELECT id, created_at, last_seen_at, ended_at, end_reason FROM user_session WHERE handle = ?")
                .param(handle)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5)))
                .optional();
        if (row.isEmpty()) {
            return Status.UNKNOWN;
        }
        if (row.get().ended() != null) {
            return "revoked".equals(row.get().reason()) ? Status.REVOKED : Status.EXPIRED;
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (!now.isBefore(row.get().created().plus(absoluteTimeout))) {
            end(row.get().id(), "absolute_timeout");
            return Status.EXPIRED;
        }
        if (!now.isBefore(row.get().lastSeen().plus(idleTimeout))) {
            end(row.get().id(), "idle_timeout");
            return Status.IDLE;
        }
        if (!now.isBefore(row.get().lastSeen().plus(TOUCH_EVERY))) {
            jdbc.sql("UPDATE user_session SET last_seen_at = ? WHERE id = ?").params(now(), row.get().id()).update();
        }
        return Status.ACTIVE;
    }

    List<SessionView> active(long userId, HttpSession current) {
        String currentHandle = current == null ? null : (String) current.getAttribute(HANDLE);
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT id, created_at, last_seen_at, ip, user_agent, handle FROM user_session
                WHERE user_id = ? AND ended_at IS NULL ORDER BY last_seen_at DESC, id DESC""")
                .param(userId)
                .query((rs, n) -> new SessionView(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getString(6).equals(currentHandle)))
                .list().stream()
                .filter(s -> now.isBefore(s.created_at().plus(absoluteTimeout))
                        && now.isBefore(s.last_seen_at().plus(idleTimeout)))
                .toList();
    }

    /** Ends one of the user's sessions; it is refused at its next request. */
    boolean revoke(CurrentUser user, long sessionId) {
        boolean revoked = jdbc.sql("""
                UPDATE user_session SET ended_at = ?, end_reason = 'revoked'
                WHERE id = ? AND user_id = ? AND ended_at IS NULL""")
                .params(now(), sessionId, user.id()).update() > 0;
        if (revoked) {
            auditLog.recordForCurrentUser("auth.session_revoke", "session", Long.toString(sessionId),
                    AuditEntry.Outcome.SUCCESS, "user=" + user.username());
        }
        return revoked;
    }

    void logout(String handle) {
        jdbc.sql("UPDATE user_session SET ended_at = ?, end_reason = 'logout' WHERE handle = ? AND ended_at IS NULL")
                .params(now(), handle).update();
    }

    private void end(long id, String reason) {
        jdbc.sql("UPDATE user_session SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL")
                .params(now(), reason, id).update();
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    /** PostgreSQL keeps microseconds (rounding, not truncating): store exactly what the timeouts compare. */
    private OffsetDateTime now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
