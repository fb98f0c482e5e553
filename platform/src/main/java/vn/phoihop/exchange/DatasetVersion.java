package vn.phoihop.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One accepted version of a dataset for a province: the typed Parquet file of the accepted rows
 * of one submission, and how it differs from the version before (by the dataset's key).
 */
public record DatasetVersion(String provinceCode, String dataset, int version, UUID submissionId, Path parquet,
        long rows, long rowsAdded, long rowsRemoved, long rowsChanged, Instant createdAt) {

    public DatasetVersion {
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(parquet, "parquet");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }
}
