package vn.phoihop;

import java.time.Instant;
import java.util.Set;
import vn.phoihop.demo.DemoProvince;
import vn.phoihop.security.Totp;

/**
 * The second factor of the demo accounts that must use one (administrators and police: admin and
 * congan), for the test helpers {@link Api#token} and {@link Browser#signIn}: their TOTP secret is
 * the published demo secret, and the code is computed at the server's clock, read from
 * {@code GET /api/v1/health}, because tests move the server's {@link TestClock}.
 */
public final class DemoTotp {

    public static final Set<String> USERS = Set.of(DemoProvince.ADMIN_USERNAME, "congan");

    private DemoTotp() {
    }

    public static boolean needs(String username) {
        return USERS.contains(username);
    }

    /** The current code of the demo secret at the server's time. */
    public static String code(Api api) {
        Instant serverTime = Instant.parse(api.get("/api/v1/health", null).body().path("time").asString());
        return Totp.code(DemoProvince.TOTP_SECRET, serverTime);
    }
}
