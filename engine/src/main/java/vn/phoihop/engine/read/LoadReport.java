package vn.phoihop.engine.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading an input directory.
 *
 * @param datasets one entry per catalogue dataset, in catalogue order
 * @param rejects  rejects.csv
 * @param warnings warnings.csv
 */
public record LoadReport(List<DatasetLoad> datasets, Path rejects, Path warnings) {

    public LoadReport {
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(rejects, "rejects");
        Objects.requireNonNull(warnings, "warnings");
    }

    public Optional<DatasetLoad> dataset(String code) {
        return datasets.stream().filter(d -> d.dataset().equals(code)).findFirst();
    }

    /** The datasets stored as Parquet, i.e. the tables the rules can use. */
    public List<DatasetLoad> loaded() {
        return datasets.stream().filter(d -> d.status() == LoadStatus.LOADED).toList();
    }

    public long rowsRead() {
        return datasets.stream().mapToLong(DatasetLoad::rowsRead).sum();
    }

    public long rowsAccepted() {
        return datasets.stream().mapToLong(DatasetLoad::rowsAccepted).sum();
    }

    /** All warnings written, over all datasets. */
    public long warningCount() {
        return datasets.stream().mapToLong(DatasetLoad::warnings).sum();
    }

    public long rowsRejected() {
        return datasets.stream().mapToLong(DatasetLoad::rowsRejected).sum();
    }
}
