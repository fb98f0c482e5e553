package vn.phoihop.security.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a scoped API token may do: each scope names the API paths it opens and whether it reads
 * (GET, HEAD) or writes (any other method). A scoped token is refused everywhere else — default
 * deny, so a new endpoint is closed to scoped tokens until a scope names it. Tokens from
 * {@code POST /api/v1/auth/token} carry no scopes and have all of their user's rights; every
 * token is still limited by its user's roles and agency.
 */
enum TokenScope {
    EXCHANGE_SUBMIT("exchange:submit", false, "/api/v1/submissions"),
    EXCHANGE_READ("exchange:read", true, "/api/v1/submissions", "/api/v1/datasets", "/api/v1/receipts"),
    FINDINGS_READ("findings:read", true, "/api/v1/findings", "/api/v1/reconcile"),
    FINDINGS_WRITE("findings:write", false, "/api/v1/findings", "/api/v1/reconcile"),
    CASES_READ("cases:read", true, "/api/v1/cases"),
    CASES_WRITE("cases:write", false, "/api/v1/cases"),
    REGISTRY_READ("registry:read", true, "/api/v1/agencies", "/api/v1/roles", "/api/v1/role-assignments",
            "/api/v1/admin-units", "/api/v1/regulations", "/api/v1/holidays", "/api/v1/working-days",
            "/api/v1/obligations", "/api/v1/meetings", "/api/v1/notifications"),
    REGISTRY_WRITE("registry:write", false, "/api/v1/agencies", "/api/v1/role-assignments", "/api/v1/admin-units",
            "/api/v1/holidays", "/api/v1/obligations", "/api/v1/meetings", "/api/v1/notifications"),
    AUDIT_READ("audit:read", true, "/api/v1/audit");

    /** Paths every valid token may use: who am I. */
    static final List<String> ALWAYS_ALLOWED = List.of("/api/v1/me");

    private final String value;
    private final boolean read;
    private final List<String> prefixes;

    TokenScope(String value, boolean read, String... prefixes) {
        this.value = value;
        this.read = read;
        this.prefixes = List.of(prefixes);
    }

    String value() {
        return value;
    }

    static Optional<TokenScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    boolean opens(String method, String path) {
        boolean reading = "GET".equals(method) || "HEAD".equals(method);
        // verifying a receipt is a read even though it is a POST
        if (this == EXCHANGE_READ && "POST".equals(method) && path.equals("/api/v1/receipts/verify")) {
            return true;
        }
        return reading == read && prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** The scope a request needs, to tell the caller which token to make; empty when no scope opens it. */
    static Optional<TokenScope> needed(String method, String path) {
        return Arrays.stream(values()).filter(s -> s.opens(method, path)).findFirst();
    }
}
