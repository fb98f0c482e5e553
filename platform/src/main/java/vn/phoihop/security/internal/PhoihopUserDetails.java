package vn.phoihop.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.phoihop.security.CurrentUser;

/** The security principal: a {@link CurrentUser} and, only while authenticating, the password hash. */
final class PhoihopUserDetails
        implements UserDetails, CredentialsContainer, CurrentUser.HasCurrentUser, vn.phoihop.registry.AgencyMember {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean serviceAccount;
    private final boolean accountNonLocked;
    private final boolean totpEnrolled;
    private String passwordHash;

    PhoihopUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean serviceAccount,
            boolean accountNonLocked, boolean totpEnrolled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.serviceAccount = serviceAccount;
        this.accountNonLocked = accountNonLocked;
        this.totpEnrolled = totpEnrolled;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public vn.phoihop.registry.Agency agency() {
        return user.agency();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    boolean isServiceAccount() {
        return serviceAccount;
    }

    boolean totpEnrolled() {
        return totpEnrolled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<String> roleNames() {
        return user.roles().stream().map(Enum::name).sorted().toList();
    }
}
