package vn.phoihop.registry;

/**
 * Notifies an agency in-app (the bell) and by e-mail when SMTP is configured: other modules use
 * it for events their users must not miss (a case escalated, a police result reported back).
 */
public interface AgencyNotifications {

    /** Notifies the agency with this code; an unknown code is ignored and returns false. */
    boolean notify(String agencyCode, String kind, String messageVi, String messageEn, String link);
}
