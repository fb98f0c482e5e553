package vn.phoihop.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.security.AuditChain;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;

/**
 * The hash-chained audit trail in PostgreSQL. Appends are serialised by a transaction-scoped
 * advisory lock so the chain stays a line even under concurrent requests; an event joins the
 * transaction of the change it records, so a rolled-back change leaves no event claiming it.
 */
@Service
class JdbcAuditLog implements AuditLog, AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final long APPEND_LOCK = 0x50480001L;
    private static final char SEPARATOR = '\u001f';

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Object.class).single();
        record Last(long seq, String hash) {
        }
        Last last = jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Last(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new Last(0, GENESIS));
        long seq = last.seq() + 1;
        // PostgreSQL keeps microseconds: hash exactly what will be read back.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String outcome = entry.outcome().name().toLowerCase(java.util.Locale.ROOT);
        String hash = hash(seq, occurredAt, entry.actor(), entry.agency(), entry.action(), entry.objectType(),
                entry.objectId(), outcome, entry.details(), last.hash());
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, actor, agency, action, object_type, object_id, outcome,
                                         details, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, occurredAt.atOffset(ZoneOffset.UTC), entry.actor(), entry.agency(), entry.action(),
                        entry.objectType(), entry.objectId(), outcome, entry.details(), last.hash(), hash)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var walk = new Object() {
            long events;
            long expectedSeq = 1;
            String expectedPrevious = GENESIS;
            Long firstBroken;
        };
        jdbcTemplate.setFetchSize(10_000);
        jdbcTemplate.query("""
                SELECT seq, occurred_at, actor, agency, action, object_type, object_id, outcome, details, prev_hash, hash
                FROM audit_event ORDER BY seq""", rs -> {
            walk.events++;
            if (walk.firstBroken != null) {
                return;
            }
            long seq = rs.getLong("seq");
            String recomputed = hash(seq, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor"), rs.getString("agency"), rs.getString("action"), rs.getString("object_type"),
                    rs.getString("object_id"), rs.getString("outcome"), rs.getString("details"),
                    rs.getString("prev_hash"));
            boolean intact = seq == walk.expectedSeq
                    && walk.expectedPrevious.equals(rs.getString("prev_hash"))
                    && recomputed.equals(rs.getString("hash"));
            if (!intact) {
                walk.firstBroken = seq;
            }
            walk.expectedSeq = seq + 1;
            walk.expectedPrevious = rs.getString("hash");
        });
        return new AuditVerification(walk.firstBroken == null, walk.events, walk.firstBroken);
    }

    static String hash(long seq, Instant occurredAt, String actor, String agency, String action, String objectType,
            String objectId, String outcome, String details, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : new Object[] {seq, occurredAt, actor, agency, action, objectType, objectId, outcome, details,
                previousHash}) {
            // A null and an empty string must not hash alike.
            canonical.append(field == null ? "\u0000" : field.toString()).append(SEPARATOR);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
