package vn.phoihop.reconcile.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.PhoihopHome;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.engine.rules.Parameter;
import vn.phoihop.engine.rules.RuleParameters;
import vn.phoihop.engine.rules.RuleRunner;
import vn.phoihop.engine.rules.Rules;
import vn.phoihop.engine.rules.RunReport;
import vn.phoihop.exchange.DatasetVersion;
import vn.phoihop.exchange.DatasetVersions;
import vn.phoihop.reconcile.ReconcileRuns;
import vn.phoihop.security.AuditEntry;
import vn.phoihop.security.AuditLog;

/**
 * Runs the engine's rules over the latest accepted versions of a province's datasets and merges
 * the findings into the {@code finding} table: a finding that persists (same province, rule and
 * subject) keeps its id and status; an open one that disappeared becomes resolved by data.
 */
@Service
class ReconcileService implements ReconcileRuns, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReconcileService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatasetVersions versions;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DuckDbSettings duckDb;
    private final Path work;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reconcile-run");
        thread.setDaemon(true);
        return thread;
    });

    ReconcileService(DatasetVersions versions, JdbcClient jdbc, JdbcTemplate template,
            TransactionTemplate transactions, AuditLog auditLog, Clock clock, Environment environment,
            PhoihopHome home) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.clock = clock;
        this.duckDb = DuckDbSettings.of(environment.getProperty("phoihop.reconcile.duckdb-threads", Integer.class, 1),
                environment.getProperty("phoihop.reconcile.duckdb-memory", "1GB"));
        this.work = home.resolve("work").resolve("reconcile");
    }

    /** The engine version recorded with every run: the engine jar's version and its rule list. */
    static String engineVersion() {
        String version = RuleRunner.class.getPackage().getImplementationVersion();
        return "engine " + (version == null ? "(classes)" : version) + ", " + Rules.all().size() + " rules";
    }

    @Override
    public Run start(String provinceCode, LocalDate asOf, String startedBy) {
        long id = create(provinceCode, asOf, startedBy);
        executor.submit(() -> execute(id, provinceCode, asOf, null));
        return byId(id).orElseThrow();
    }

    @Override
    public Run runNow(String provinceCode, LocalDate asOf, String startedBy) {
        long id = create(provinceCode, asOf, startedBy);
        execute(id, provinceCode, asOf, null);
        return byId(id).orElseThrow();
    }

    @Override
    public Run rerun(long earlier, String startedBy) {
        Run original = byId(earlier).orElseThrow();
        Map<String, Integer> pinned = new LinkedHashMap<>();
        JSON.readTree(original.datasetVersions())
                .forEach(v -> pinned.put(v.path("dataset").asString(), v.path("version").asInt()));
        long id = create(original.provinceCode(), original.asOf(), startedBy);
        jdbc.sql("UPDATE reconcile_run SET rerun_of = ? WHERE id = ?").params(earlier, id).update();
        executor.submit(() -> execute(id, original.provinceCode(), original.asOf(), pinned));
        return byId(id).orElseThrow();
    }

    /** The version to read: the pinned one of a re-run, else the latest accepted. */
    private Optional<DatasetVersion> version(String provinceCode, String dataset, Map<String, Integer> pinned) {
        if (pinned == null) {
            return versions.latest(provinceCode, dataset);
        }
        Integer wanted = pinned.get(dataset);
        return wanted == null ? Optional.empty() : versions.history(provinceCode, dataset).stream()
                .filter(v -> v.version() == wanted).findFirst();
    }

    private long create(String provinceCode, LocalDate asOf, String startedBy) {
        RuleParameters parameters = RuleParameters.defaults();
        Map<String, Object> params = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            params.put(parameter.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(parameters.get(parameter)));
        }
        long id = jdbc.sql("""
                INSERT INTO reconcile_run (province_code, as_of, status, stage, parameters, engine_version,
                    started_by, started_at)
                VALUES (?, ?, 'queued', 'queued', ?, ?, ?, ?) RETURNING id""")
                .params(provinceCode, asOf, JSON.writeValueAsString(params), engineVersion(), startedBy,
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        auditLog.recordForCurrentUser("reconcile.run.start", "reconcile_run", String.valueOf(id),
                AuditEntry.Outcome.SUCCESS, "province=" + provinceCode + " as_of=" + asOf);
        return id;
    }

    private void progress(long id, String status, String stage, int pct) {
        jdbc.sql("UPDATE reconcile_run SET status = ?, stage = ?, progress_pct = ? WHERE id = ?")
                .params(status, stage, pct, id).update();
    }

    private void execute(long id, String provinceCode, LocalDate asOf, Map<String, Integer> pinned) {
        Path spill = work.resolve(String.valueOf(id));
        try {
            progress(id, "running", "datasets", 5);
            List<Map<String, Object>> used = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            RunReport report;
            try (Connection duck = duckDb.connect(spill); Statement statement = duck.createStatement()) {
                for (String dataset : vn.phoihop.engine.rules.Datasets.all().stream().sorted().toList()) {
                    Optional<DatasetVersion> latest = version(provinceCode, dataset, pinned);
                    if (latest.isEmpty()) {
                        continue;
                    }
                    DatasetVersion v = latest.get();
                    statement.execute("CREATE VIEW " + dataset + " AS SELECT * FROM read_parquet('"
                            + v.parquet().toAbsolutePath().toString().replace("'", "''") + "')");
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("dataset", dataset);
                    entry.put("version", v.version());
                    entry.put("submission_id", v.submissionId().toString());
                    entry.put("rows", v.rows());
                    used.add(entry);
                }
                jdbc.sql("UPDATE reconcile_run SET dataset_versions = ? WHERE id = ?")
                        .params(JSON.writeValueAsString(used), id).update();
                progress(id, "running", "rules", 20);
                report = new RuleRunner().run(duck, asOf, RuleParameters.defaults());
                progress(id, "running", "storing", 70);
                try (ResultSet result = statement.executeQuery("""
                        SELECT rule, subject, amount_vnd, interest_vnd, months, flags, detail, legal_basis, evidence
                        FROM findings
                        ORDER BY rule, subject, detail, amount_vnd, interest_vnd, months, flags, legal_basis, evidence""")) {
                    String lastKey = null;
                    while (result.next()) {
                        String key = result.getString(1) + "\u0000" + result.getString(2);
                        if (key.equals(lastKey)) {
                            continue; // one finding per rule and subject: the first in the stable order
                        }
                        lastKey = key;
                        rows.add(new Row(result.getString(1), result.getString(2), longOrNull(result.getObject(3)),
                                longOrNull(result.getObject(4)), intOrNull(result.getObject(5)), result.getString(6),
                                result.getString(7), result.getString(8),
                                result.getString(9) == null ? "[]" : result.getString(9)));
                    }
                }
            }
            List<Map<String, Object>> ruleSummary = new ArrayList<>();
            report.applied().forEach(a -> ruleSummary.add(Map.of("rule", a.rule(), "applied", true,
                    "findings", a.findings())));
            report.skipped().forEach(s -> ruleSummary.add(Map.of("rule", s.rule(), "applied", false,
                    "reason", s.reason())));
            transactions.executeWithoutResult(status -> merge(id, provinceCode, rows, ruleSummary));
            log.info("Reconciliation run {} of province {} as of {}: {} findings", id, provinceCode, asOf,
                    rows.size());
        } catch (SQLException | RuntimeException e) {
            log.warn("Reconciliation run {} failed", id, e);
            jdbc.sql("UPDATE reconcile_run SET status = 'failed', failure = ?, finished_at = ? WHERE id = ?")
                    .params(String.valueOf(e.getMessage()), Timestamp.from(clock.instant()), id).update();
        } finally {
            deleteQuietly(spill);
        }
    }

    private void merge(long id, String provinceCode, List<Row> rows, List<Map<String, Object>> ruleSummary) {
        template.batchUpdate("""
                INSERT INTO finding (province_code, rule, subject, amount_vnd, interest_vnd, months, flags, detail,
                    legal_basis, evidence, status, first_run_id, last_run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)
                ON CONFLICT (province_code, rule, subject) DO UPDATE SET
                    amount_vnd = EXCLUDED.amount_vnd, interest_vnd = EXCLUDED.interest_vnd,
                    months = EXCLUDED.months, flags = EXCLUDED.flags, detail = EXCLUDED.detail,
                    legal_basis = EXCLUDED.legal_basis, evidence = EXCLUDED.evidence,
                    last_run_id = EXCLUDED.last_run_id,
                    status = CASE WHEN finding.status = 'resolved_by_data' THEN 'open' ELSE finding.status END""",
                rows, 1000, (ps, row) -> {
                    ps.setString(1, provinceCode);
                    ps.setString(2, row.rule());
                    ps.setString(3, row.subject());
                    ps.setObject(4, row.amountVnd());
                    ps.setObject(5, row.interestVnd());
                    ps.setObject(6, row.months());
                    ps.setString(7, row.flags());
                    ps.setString(8, row.detail());
                    ps.setString(9, row.legalBasis());
                    ps.setString(10, row.evidence());
                    ps.setLong(11, id);
                    ps.setLong(12, id);
                });
        long added = jdbc.sql("SELECT count(*) FROM finding WHERE first_run_id = ?").param(id).query(Long.class)
                .single();
        int resolved = jdbc.sql("""
                UPDATE finding SET status = 'resolved_by_data'
                WHERE province_code = ? AND last_run_id <> ? AND status = 'open'""")
                .params(provinceCode, id).update();
        jdbc.sql("""
                UPDATE reconcile_run SET status = 'succeeded', stage = 'done', progress_pct = 100, rules = ?,
                    findings_count = ?, new_count = ?, resolved_count = ?, finished_at = ?
                WHERE id = ?""")
                .params(JSON.writeValueAsString(ruleSummary), rows.size(), added, resolved,
                        Timestamp.from(clock.instant()), id)
                .update();
    }

    @Override
    public Optional<Run> byId(long id) {
        return jdbc.sql("SELECT * FROM reconcile_run WHERE id = ?").param(id).query(ReconcileService::run).optional();
    }

    @Override
    public List<Run> recent(String provinceCode, int limit) {
        return jdbc.sql("SELECT * FROM reconcile_run WHERE (? IS NULL OR province_code = ?) ORDER BY id DESC LIMIT ?")
                .params(provinceCode, provinceCode, limit).query(ReconcileService::run).list();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(rs.getLong("id"), rs.getString("province_code"), rs.getObject("as_of", LocalDate.class),
                rs.getString("status"), rs.getString("stage"), rs.getInt("progress_pct"),
                rs.getString("dataset_versions"), rs.getString("parameters"), rs.getString("rules"),
                rs.getString("engine_version"), (Long) rs.getObject("findings_count"),
                (Long) rs.getObject("new_count"), (Long) rs.getObject("resolved_count"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("failure"), (Long) rs.getObject("rerun_of"));
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer intOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static void deleteQuietly(Path directory) {
        if (!java.nio.file.Files.exists(directory)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(path);
            }
        } catch (java.io.IOException e) {
            log.warn("Could not delete {}: {}", directory, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private record Row(String rule, String subject, Long amountVnd, Long interestVnd, Integer months, String flags,
            String detail, String legalBasis, String evidence) {
    }
}
