package vn.phoihop.registry.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.phoihop.registry.AgencyMember;

/** Gives every page the number of unread notifications of the reader's agency, for the bell in the header. */
@ControllerAdvice(annotations = Controller.class)
class NotificationBell {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Integer unreadNotifications() {
        return AgencyMember.current().map(agency -> notifications.unread(agency.id())).orElse(null);
    }

    @ModelAttribute("registryAdmin")
    boolean registryAdmin(org.springframework.security.core.Authentication authentication) {
        return RegistryApiController.isAdmin(authentication);
    }
}
