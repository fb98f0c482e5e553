package vn.phoihop.registry.internal;

import org.springframework.stereotype.Component;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.AgencyNotifications;

@Component
class JdbcAgencyNotifications implements AgencyNotifications {

    private final Agencies agencies;
    private final Notifications notifications;

    JdbcAgencyNotifications(Agencies agencies, Notifications notifications) {
        this.agencies = agencies;
        this.notifications = notifications;
    }

    @Override
    public boolean notify(String agencyCode, String kind, String messageVi, String messageEn, String link) {
        return agencies.byCode(agencyCode).map(agency -> {
            notifications.notify(agency.id(), kind, messageVi, messageEn, link);
            return true;
        }).orElse(false);
    }
}
