package vn.phoihop.security.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the login page whether to offer sign-in through the external identity provider. */
@ControllerAdvice(annotations = Controller.class)
class OidcModelAdvice {

    private final OidcLogin oidc;

    OidcModelAdvice(OidcLogin oidc) {
        this.oidc = oidc;
    }

    @ModelAttribute("oidcEnabled")
    boolean oidcEnabled() {
        return oidc.enabled();
    }
}
