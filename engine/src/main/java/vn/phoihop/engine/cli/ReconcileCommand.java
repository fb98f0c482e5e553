package vn.phoihop.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.phoihop.engine.read.DatasetLoad;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.engine.read.LoadStatus;
import vn.phoihop.engine.rules.RuleParameters;
import vn.phoihop.engine.rules.RunReport;
import vn.phoihop.engine.run.PeakMemory;
import vn.phoihop.engine.run.Reconciliation;

/** {@code phoihop reconcile}: the 17 cross-checks over a directory of datasets, as of a date. */
@Command(name = "reconcile", sortOptions = false,
        usageHelpWidth = 100, description = {
                "Đối soát / reconciliation: reads the datasets of DIR (<dataset>.csv or <dataset>.xlsx, first sheet; see datasets.md), validates every row, applies the 17 rules of rules.md as of the date D and writes into OUT: findings.csv (sorted by rule, subject), findings.json (with evidence), rejects.csv and warnings.csv (file, line, column, value, message in Vietnamese / English), summary.json (rows per dataset, findings per rule, skipped rules and why, time per stage), and data/<dataset>.parquet (the accepted rows, typed). A missing dataset is not an error: the rules that need it are skipped and the summary says which and why. The same inputs and D give a byte-identical findings.csv."})
public final class ReconcileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Directory with the dataset files, named <dataset>.csv or <dataset>.xlsx.")
    Path data;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
            description = "The date D the rules are applied as of (deadlines, overdue days, interest, validity).")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for the results (created if missing; files of the same name are replaced).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "DuckDB worker threads. Default: the number of processors (${sys:phoihop.processors}).")
    Integer threads;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "2GB",
            description = "DuckDB memory limit, e.g. 2GB or 512MB; beyond it DuckDB spills to OUT/data. "
                    + "Default: ${DEFAULT-VALUE}.")
    String memoryLimit;

    @Option(names = "--quiet", description = "Print only the summary, no progress.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    static {
        System.setProperty("phoihop.processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter terminal = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Không có thư mục dữ liệu / no such data directory: " + data);
        }
        DuckDbSettings duckDb;
        try {
            duckDb = DuckDbSettings.of(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    memoryLimit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Reconciliation.Listener listener = quiet ? Reconciliation.Listener.NONE : new ConsoleProgress(terminal);
        Reconciliation.Result result = new Reconciliation().run(
                new Reconciliation.Options(data, asOf, out, duckDb, RuleParameters.defaults()), listener);
        printSummary(terminal, result);
        return 0;
    }

    static void printSummary(PrintWriter terminal, Reconciliation.Result result) {
        terminal.printf(Locale.ROOT, "%nĐối soát ngày / reconciliation as of %s — %s%n", result.options().asOf(),
                result.options().data());
        terminal.printf(Locale.ROOT, "%-22s %12s %12s %10s %9s%n", "dataset", "read", "accepted", "rejected", "warnings");
        for (DatasetLoad load : result.load().datasets()) {
            if (load.status() == LoadStatus.MISSING) {
                terminal.printf(Locale.ROOT, "%-22s %s%n", load.dataset(), "(thiếu / missing)");
            } else {
                terminal.printf(Locale.ROOT, "%-22s %,12d %,12d %,10d %,9d%s%n", load.dataset(), load.rowsRead(),
                        load.rowsAccepted(), load.rowsRejected(), load.warnings(),
                        load.status() == LoadStatus.FILE_REJECTED ? "  TỆP BỊ TỪ CHỐI / FILE REJECTED" : "");
            }
        }
        terminal.printf(Locale.ROOT, "%nPhát hiện theo quy tắc / findings per rule:%n");
        for (RunReport.AppliedRule rule : result.rules().applied()) {
            terminal.printf(Locale.ROOT, "  %-26s %,8d%n", rule.rule(), rule.findings());
        }
        for (RunReport.SkippedRule rule : result.rules().skipped()) {
            terminal.printf(Locale.ROOT, "  %-26s bỏ qua / skipped: %s%n", rule.rule(), rule.reason());
        }
        terminal.printf(Locale.ROOT, "%nTổng / total: %,d findings, %,d rows rejected, %.1f s, peak memory %,d MB%n",
                result.findings(), result.load().rowsRejected(), result.total().toNanos() / 1e9,
                PeakMemory.residentBytes() / (1024 * 1024));
        terminal.printf(Locale.ROOT, "Kết quả / results: %s%n", result.options().out().toAbsolutePath());
        terminal.flush();
    }
}
