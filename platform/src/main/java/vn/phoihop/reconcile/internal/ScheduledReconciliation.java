package vn.phoihop.reconcile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.phoihop.reconcile.ReconcileRuns;

/**
 * Scheduled runs: {@code phoihop.reconcile.cron} (Spring cron; default "-", off) runs every
 * province of {@code phoihop.reconcile.provinces} (comma-separated, default 51) as of today.
 */
@Component
class ScheduledReconciliation {

    private final ReconcileRuns runs;
    private final Clock clock;
    private final String provinces;

    ScheduledReconciliation(ReconcileRuns runs, Clock clock, Environment environment) {
        this.runs = runs;
        this.clock = clock;
        this.provinces = environment.getProperty("phoihop.reconcile.provinces", "51");
    }

    @Scheduled(cron = "${phoihop.reconcile.cron:-}", zone = "Asia/Ho_Chi_Minh")
    void runAll() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        Arrays.stream(provinces.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .forEach(province -> runs.runNow(province, today, "scheduler"));
    }
}
