package vn.phoihop.engine.read;

import java.util.Objects;

/**
 * How the loader may use DuckDB and the machine.
 *
 * @param threads            DuckDB worker threads
 * @param memoryLimit        DuckDB memory limit, e.g. {@code "2GB"}; DuckDB spills beyond it
 * @param concurrentDatasets how many datasets are read and converted at the same time
 */
public record DuckDbSettings(int threads, String memoryLimit, int concurrentDatasets) {

    public DuckDbSettings {
        Objects.requireNonNull(memoryLimit, "memoryLimit");
        if (threads < 1 || concurrentDatasets < 1) {
            throw new IllegalArgumentException("threads and concurrentDatasets must be positive");
        }
        if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*[KMGT]?i?B")) {
            throw new IllegalArgumentException("memory limit like 2GB expected: " + memoryLimit);
        }
    }

    /** Two datasets at a time: one core parses in Java while DuckDB converts on the other. */
    public static DuckDbSettings of(int threads, String memoryLimit) {
        return new DuckDbSettings(threads, memoryLimit, 2);
    }
}
