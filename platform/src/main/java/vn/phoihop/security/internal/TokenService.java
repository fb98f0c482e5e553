package vn.phoihop.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.phoihop.shared.ErrorCode;

/**
 * Opaque API bearer tokens. A token is 32 random bytes; only its SHA-256 is stored, with the
 * time it expires, so tokens can be revoked and a leaked table yields nothing usable.
 */
@Service
class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JdbcUserAccounts users;
    private final Clock clock;
    private final Duration lifetime;

    TokenService(JdbcClient jdbc, JdbcUserAccounts users, Clock clock,
            @Value("${phoihop.security.token-lifetime:PT8H}") Duration lifetime) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    /** The outcome of presenting a token: the user, or the reason it was refused. */
    record Resolution(PhoihopUserDetails user, ErrorCode refusal) {
    }

    IssuedToken issue(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "ph_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("INSERT INTO api_token (token_sha256, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(sha256(token), userId, now.atOffset(ZoneOffset.UTC), expiresAt.atOffset(ZoneOffset.UTC))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    Resolution resolve(String token) {
        record Row(long userId, Instant expiresAt, boolean revoked) {
        }
        var row = jdbc.sql("SELECT user_id, expires_at, revoked FROM api_token WHERE token_sha256 = ?")
                .param(sha256(token))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(3)))
                .optional();
        if (row.isEmpty() || row.get().revoked()) {
            return new Resolution(null, ErrorCode.AUTH_TOKEN_INVALID);
        }
        if (!clock.instant().isBefore(row.get().expiresAt())) {
            return new Resolution(null, ErrorCode.AUTH_TOKEN_EXPIRED);
        }
        return users.byId(row.get().userId())
                .filter(PhoihopUserDetails::isEnabled)
                .map(user -> new Resolution(user, null))
                .orElse(new Resolution(null, ErrorCode.AUTH_TOKEN_INVALID));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
