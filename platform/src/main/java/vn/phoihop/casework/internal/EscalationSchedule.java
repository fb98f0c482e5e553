package vn.phoihop.casework.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily check of overdue legal deadlines ({@code phoihop.casework.escalation-cron}, default 07:00; "-" turns it off). */
@Component
class EscalationSchedule {

    private final CaseService cases;

    EscalationSchedule(CaseService cases) {
        this.cases = cases;
    }

    @Scheduled(cron = "${phoihop.casework.escalation-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void escalate() {
        cases.escalateOverdue();
    }
}
