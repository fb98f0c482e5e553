package vn.phoihop.reporting.internal;

import java.util.Map;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.security.Role;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * Who may see and do what in reporting: every signed-in user of a province's agencies reads that
 * province's reports, lists and dashboard (central agencies and administrators any province);
 * officers and supervisors write their agency's part; social security consolidates and publishes
 * (checked in {@link PeriodicReports} and {@link Reporting}).
 */
final class Access {

    private Access() {
    }

    static CurrentUser user() {
        return CurrentUser.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
    }

    /** The province the user reads: their own, or the one asked for if they are central or an administrator. */
    static String province(String asked) {
        CurrentUser user = user();
        String own = user.agency() == null ? null : user.agency().provinceCode();
        if (asked == null || asked.isBlank()) {
            if (own == null) {
                throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "2 digits, e.g. 51"));
            }
            return own;
        }
        if (!asked.matches("\\d{2}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "2 digits, e.g. 51"));
        }
        if (own != null && !own.equals(asked) && !user.has(Role.ADMIN)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return asked;
    }

    /** An officer or supervisor acting for their agency. */
    static PeriodicReports.Actor writer() {
        CurrentUser user = user();
        if (!user.has(Role.OFFICER) && !user.has(Role.SUPERVISOR)) {
            throw new PhoihopException(ErrorCode.ACCESS_DENIED);
        }
        return new PeriodicReports.Actor(user.username(), user.agency());
    }
}
