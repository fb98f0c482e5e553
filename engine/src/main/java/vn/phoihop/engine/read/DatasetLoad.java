package vn.phoihop.engine.read;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading one dataset, for summary.json and the upload receipt.
 *
 * @param dataset      dataset code
 * @param status       loaded, missing or refused as a whole
 * @param file         the input file name, when there was one
 * @param rowsRead     data rows read (all-empty rows are not rows)
 * @param rowsAccepted rows stored
 * @param rowsRejected rows refused; {@code rowsRead = rowsAccepted + rowsRejected}
 * @param warnings     warnings written (on accepted rows, or about unknown columns)
 * @param elapsed      wall time of reading, validating and converting
 * @param parquet      the Parquet file, when the status is {@link LoadStatus#LOADED}
 */
public record DatasetLoad(String dataset, LoadStatus status, Optional<String> file, long rowsRead,
                          long rowsAccepted, long rowsRejected, long warnings, Duration elapsed,
                          Optional<Path> parquet) {

    public DatasetLoad {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(parquet, "parquet");
        if (rowsRead != rowsAccepted + rowsRejected) {
            throw new IllegalArgumentException(dataset + ": every row read must be accepted or rejected");
        }
        if ((status == LoadStatus.LOADED) != parquet.isPresent()) {
            throw new IllegalArgumentException(dataset + ": a Parquet file exactly when loaded");
        }
    }

    static DatasetLoad missing(String dataset) {
        return new DatasetLoad(dataset, LoadStatus.MISSING, Optional.empty(), 0, 0, 0, 0, Duration.ZERO,
                Optional.empty());
    }
}
