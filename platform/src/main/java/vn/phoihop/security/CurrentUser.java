package vn.phoihop.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.phoihop.registry.Agency;

/** The person behind the current request: who they are, their agency, and their roles. */
public record CurrentUser(long id, String username, String displayName, Agency agency, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The signed-in user of this request, if any. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** Implemented by the security principal so that other modules need not know its class. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
