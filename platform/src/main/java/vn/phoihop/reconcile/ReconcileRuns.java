package vn.phoihop.reconcile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reconciliation runs of a province over the latest accepted dataset versions. A run records the
 * exact versions, the rule parameters and the engine version it used, its status and progress.
 */
public interface ReconcileRuns {

    /** Queues a run and returns at once; the run proceeds in the background. */
    Run start(String provinceCode, LocalDate asOf, String startedBy);

    /** Runs to the end in the calling thread (the demo and the scheduler use it). */
    Run runNow(String provinceCode, LocalDate asOf, String startedBy);

    /**
     * Queues a run that repeats run {@code id}: same province, date and parameters, and exactly the
     * dataset versions it recorded (not the latest ones).
     */
    Run rerun(long id, String startedBy);

    Optional<Run> byId(long id);

    List<Run> recent(String provinceCode, int limit);

    /** One run; {@code datasetVersions}, {@code parameters} and {@code rules} are JSON text. */
    record Run(long id, String provinceCode, LocalDate asOf, String status, String stage, int progressPct,
            String datasetVersions, String parameters, String rules, String engineVersion, Long findingsCount,
            Long newCount, Long resolvedCount, String startedBy, Instant startedAt, Instant finishedAt,
            String failure, Long rerunOf) {
    }
}
