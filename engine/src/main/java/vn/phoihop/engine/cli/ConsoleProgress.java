package vn.phoihop.engine.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.phoihop.engine.run.Reconciliation;

/**
 * Progress of a reconciliation on the terminal: each stage when it ends, and, for stages that run
 * longer than a second, the rows read so far at most once a second.
 */
final class ConsoleProgress implements Reconciliation.Listener {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private final Map<String, Long> rowsByDataset = new ConcurrentHashMap<>();
    private volatile long stageStart = start;
    private volatile long lastPrinted = start;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void stageStarted(String stage) {
        stageStart = System.nanoTime();
        lastPrinted = stageStart;
    }

    @Override
    public void stageFinished(String stage, Duration elapsed) {
        print(String.format(Locale.ROOT, "%-6s %s xong / done in %.1f s", stage, label(stage), elapsed.toNanos() / 1e9));
    }

    @Override
    public void rowsRead(String dataset, long rowsSoFar) {
        rowsByDataset.put(dataset, rowsSoFar);
        long now = System.nanoTime();
        if (now - stageStart < QUIET_NANOS || now - lastPrinted < QUIET_NANOS) {
            return;
        }
        lastPrinted = now;
        long total = rowsByDataset.values().stream().mapToLong(Long::longValue).sum();
        print(String.format(Locale.ROOT, "load   đã đọc / read %,d rows (%s: %,d)", total, dataset, rowsSoFar));
    }

    private static String label(String stage) {
        return switch (stage) {
            case "load" -> "đọc và kiểm tra dữ liệu / reading and validating";
            case "rules" -> "áp dụng quy tắc / applying the rules";
            case "write" -> "ghi kết quả / writing the findings";
            default -> stage;
        };
    }

    private synchronized void print(String line) {
        out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line);
        out.flush();
    }
}
