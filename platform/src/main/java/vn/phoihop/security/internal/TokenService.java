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
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.phoihop.shared.ErrorCode;

/**
 * Opaque API bearer tokens. A token is 32 random bytes; only its SHA-256 is stored, with the
 * time it expires, so tokens can be revoked and a leaked table yields nothing usable. A token
 * is either a sign-in token (no scopes: all of its user's rights, {@code token-lifetime}) or a
 * named, scoped token a user makes for a script or another system, which expires at the latest
 * after {@code max-token-lifetime}.
 */
@Service
class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JdbcUserAccounts users;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration maximumLifetime;

    TokenService(JdbcClient jdbc, JdbcUserAccounts users, Clock clock,
            @Value("${phoihop.security.token-lifetime:PT8H}") Duration lifetime,
            @Value("${phoihop.security.max-token-lifetime:P365D}") Duration maximumLifetime) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maximumLifetime = maximumLifetime;
    }

    record IssuedToken(long id, String token, Instant expiresAt) {
    }

    /** The outcome of presenting a token: the user and the token's scopes (null: all), or the reason it was refused. */
    record Resolution(PhoihopUserDetails user, Set<TokenScope> scopes, ErrorCode refusal) {
    }

    /** What a user sees of a token: never the token itself. */
    record TokenView(long id, String name, List<String> scopes, Instant issued_at, Instant expires_at,
            Instant last_used_at, boolean revoked, String created_by) {
    }

    /** The token of a sign-in ({@code POST /api/v1/auth/token}): all of the user's rights, short-lived. */
    IssuedToken issue(long userId) {
        return insert(userId, null, null, clock.instant().plus(lifetime), null);
    }

    /** A named token with scopes, for a script or a system; its lifetime is capped. */
    IssuedToken issueScoped(long userId, String name, Set<TokenScope> scopes, Duration validFor, String createdBy) {
        Duration capped = validFor == null || validFor.compareTo(maximumLifetime) > 0 ? maximumLifetime : validFor;
        return insert(userId, name, scopes, clock.instant().plus(capped), createdBy);
    }

    private IssuedToken insert(long userId, String name, Set<TokenScope> scopes, Instant expiresAt, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "ph_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String scopeText = scopes == null ? null
                : scopes.stream().map(TokenScope::value).sorted().collect(Collectors.joining(" "));
        long id = jdbc.sql("""
                INSERT INTO api_token (token_sha256, user_id, issued_at, expires_at, name, scopes, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(sha256(token), userId, clock.instant().atOffset(ZoneOffset.UTC),
                        expiresAt.atOffset(ZoneOffset.UTC), name, scopeText, createdBy)
                .query(Long.class).single();
        return new IssuedToken(id, token, expiresAt);
    }

    Resolution resolve(String token) {
        record Row(long id, long userId, Instant expiresAt, boolean revoked, String scopes) {
        }
        var row = jdbc.sql("SELECT id, user_id, expires_at, revoked, scopes FROM api_token WHERE token_sha256 = ?")
                .param(sha256(token))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(4), rs.getString(5)))
                .optional();
        if (row.isEmpty() || row.get().revoked()) {
            return new Resolution(null, null, ErrorCode.AUTH_TOKEN_INVALID);
        }
        if (!clock.instant().isBefore(row.get().expiresAt())) {
            return new Resolution(null, null, ErrorCode.AUTH_TOKEN_EXPIRED);
        }
        Set<TokenScope> scopes = parse(row.get().scopes());
        var user = users.byId(row.get().userId()).filter(PhoihopUserDetails::isEnabled);
        if (user.isEmpty()) {
            return new Resolution(null, null, ErrorCode.AUTH_TOKEN_INVALID);
        }
        if (scopes != null) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                    .params(clock.instant().atOffset(ZoneOffset.UTC), row.get().id()).update();
        }
        return new Resolution(user.get(), scopes, null);
    }

    /** The named tokens of a user (sign-in tokens are not listed: they expire within hours). */
    List<TokenView> list(long userId) {
        return jdbc.sql("""
                SELECT id, name, scopes, issued_at, expires_at, last_used_at, revoked, created_by
                FROM api_token WHERE user_id = ? AND scopes IS NOT NULL ORDER BY issued_at DESC, id DESC""")
                .param(userId)
                .query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2),
                        rs.getString(3).isEmpty() ? List.of() : List.of(rs.getString(3).split(" ")),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getObject(6, OffsetDateTime.class) == null ? null
                                : rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(7), rs.getString(8)))
                .list();
    }

    /** Revokes one of the user's tokens; false when the user has no such token. */
    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("UPDATE api_token SET revoked = TRUE, revoked_at = ? WHERE id = ? AND user_id = ? AND NOT revoked")
                .params(clock.instant().atOffset(ZoneOffset.UTC), tokenId, userId).update() > 0;
    }

    /** Revokes every token of a user (their sessions were ended by an administrator, or they asked for it). */
    int revokeAll(long userId) {
        return jdbc.sql("UPDATE api_token SET revoked = TRUE, revoked_at = ? WHERE user_id = ? AND NOT revoked")
                .params(clock.instant().atOffset(ZoneOffset.UTC), userId).update();
    }

    Duration maximumLifetime() {
        return maximumLifetime;
    }

    static Set<TokenScope> parse(String scopes) {
        if (scopes == null) {
            return null;
        }
        Set<TokenScope> parsed = EnumSet.noneOf(TokenScope.class);
        Arrays.stream(scopes.split(" ")).filter(s -> !s.isBlank())
                .forEach(s -> TokenScope.of(s).ifPresent(parsed::add));
        return parsed;
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
