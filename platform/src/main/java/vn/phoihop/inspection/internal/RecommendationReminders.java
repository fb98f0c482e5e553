package vn.phoihop.inspection.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily reminders of recommendations coming due and notices of overdue ones
 * ({@code phoihop.inspection.reminder-cron}, default 07:15 Vietnam time; "-" turns it off).
 */
@Component
class RecommendationReminders {

    private final InspectionService service;

    RecommendationReminders(InspectionService service) {
        this.service = service;
    }

    @Scheduled(cron = "${phoihop.inspection.reminder-cron:0 15 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void remind() {
        service.remind();
    }
}
