package vn.phoihop.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;
import vn.phoihop.security.RetentionTarget;

/**
 * Erases personal data past its retention period in the processing register. Every module that
 * keeps such data offers a {@link RetentionTarget}; a pass (dry or real) is recorded in the
 * append-only table retention_run and in the audit trail. Scheduled by {@code
 * phoihop.retention.cron} (default 02:30 every night, Vietnam time; "-" turns it off).
 */
@Service
class RetentionJob {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final List<RetentionTarget> targets;
    private final AuditLog auditLog;
    private final Clock clock;

    RetentionJob(JdbcClient jdbc, List<RetentionTarget> targets, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Scheduled(cron = "${phoihop.retention.cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    void nightly() {
        run(false, "scheduler");
    }

    @Transactional
    Map<String, Object> run(boolean dryRun, String actor) {
        Instant now = clock.instant();
        List<Map<String, Object>> results = new ArrayList<>();
        for (RetentionTarget target : targets) {
            Integer months = jdbc.sql("SELECT retention_months FROM processing_register WHERE dataset = ?")
                    .param(target.dataset()).query(Integer.class).optional().orElse(null);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("dataset", target.dataset());
            if (months == null) {
                result.put("skipped", "no row in the processing register");
            } else {
                Instant cutoff = now.atZone(JdbcAccessPolicy.VIETNAM).minusMonths(months).toInstant();
                result.put("retention_months", months);
                result.put("cutoff", cutoff.toString());
                result.put("affected", dryRun ? target.countExpired(cutoff) : target.eraseExpired(cutoff));
            }
            results.add(result);
        }
        String json = JSON.writeValueAsString(results);
        long id = jdbc.sql("INSERT INTO retention_run (at, dry_run, actor, results) VALUES (?, ?, ?, ?) RETURNING id")
                .params(now.atOffset(ZoneOffset.UTC), dryRun, actor, json).query(Long.class).single();
        auditLog.record(new AuditEntry(actor, null, dryRun ? "retention.dry_run" : "retention.erase",
                "retention_run", String.valueOf(id), AuditEntry.Outcome.SUCCESS, json));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("at", now.toString());
        body.put("dry_run", dryRun);
        body.put("results", results);
        return body;
    }

    List<Map<String, Object>> recent() {
        return jdbc.sql("SELECT id, at, dry_run, actor, results FROM retention_run ORDER BY id DESC LIMIT 20").query()
                .listOfRows();
    }
}
