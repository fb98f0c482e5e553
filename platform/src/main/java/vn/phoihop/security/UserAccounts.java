package vn.phoihop.security;

import java.util.List;
import java.util.Set;

/** Creating and finding the people who use PhoiHop. */
public interface UserAccounts {

    /**
     * Creates a person who signs in with a password; fails with {@code request.conflict} when the
     * username is taken and with {@code auth.password_policy} when the password is too weak.
     */
    CurrentUser create(NewUser user);

    /**
     * Demo mode only (refused otherwise): creates a demo account with the well-known demo
     * password, which the password policy would refuse, and — for the accounts that must use a
     * second factor — a known TOTP secret, so that {@code ./phoihop demo} stays usable.
     */
    CurrentUser createDemoAccount(NewUser user, String totpSecret);

    boolean exists(String username);

    /** Whether any enabled administrator exists: {@code serve} refuses to start without one. */
    boolean adminExists();

    /** The enabled users of an agency who hold the role, ordered by username. */
    List<Person> holding(String agencyCode, Role role);

    /** Who a person is, for naming them (e.g. the supervisor a case is escalated to). */
    record Person(String username, String displayName) {
    }

    record NewUser(String username, String displayName, String rawPassword, String agencyCode, Set<Role> roles) {
        @Override
        public String toString() {
            return "NewUser[" + username + ", " + agencyCode + ", " + roles + "]";
        }
    }
}
