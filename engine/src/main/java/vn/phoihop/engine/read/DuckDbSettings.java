package vn.phoihop.engine.read;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * How the loader may use DuckDB and the machine.
 *
 * @param threads            DuckDB worker threads
 * @param memoryLimit        DuckDB memory limit, e.g. {@code "2GB"}; DuckDB spills beyond it
 * @param concurrentDatasets how many datasets are read, validated and written at the same time
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

    /**
     * Opens an in-memory DuckDB with these limits, spilling to {@code spillDirectory}. Extension
     * auto-install and auto-load are off: on an offline machine an install attempt costs seconds
     * and fails, and only the built-in parquet, json and icu are needed.
     */
    public Connection connect(Path spillDirectory) throws SQLException {
        var properties = new Properties();
        properties.setProperty("threads", Integer.toString(threads));
        properties.setProperty("memory_limit", memoryLimit);
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("temp_directory", spillDirectory.toString());
        return DriverManager.getConnection("jdbc:duckdb:", properties);
    }

    /** Two datasets loaded at a time: the load is Java only, one dataset per core of the usual 2-core machine. */
    public static DuckDbSettings of(int threads, String memoryLimit) {
        return new DuckDbSettings(threads, memoryLimit, 2);
    }
}
