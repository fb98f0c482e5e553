package vn.phoihop.engine.read;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome of loading one file (the platform's upload path).
 *
 * @param load     counts, status and the Parquet file
 * @param rejects  the file's rejects, rejects.csv format, sorted by line and column
 * @param warnings the file's warnings, same format
 */
public record FileLoad(DatasetLoad load, Path rejects, Path warnings) {
    public FileLoad {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(rejects, "rejects");
        Objects.requireNonNull(warnings, "warnings");
    }
}
