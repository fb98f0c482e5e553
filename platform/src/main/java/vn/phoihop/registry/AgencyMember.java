package vn.phoihop.registry;

/**
 * Implemented by the security principal, so that the registry learns the agency of the signed-in
 * person without depending on the security module (which depends on the registry).
 */
public interface AgencyMember {

    Agency agency();

    /** The agency of the person behind the current request, if one is signed in. */
    static java.util.Optional<Agency> current() {
        org.springframework.security.core.Authentication authentication =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AgencyMember member) {
            return java.util.Optional.of(member.agency());
        }
        return java.util.Optional.empty();
    }
}
