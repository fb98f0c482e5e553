package vn.phoihop.engine.read;

/**
 * Hears how many data rows of a dataset have been read so far, every
 * {@value DatasetFileReader#PROGRESS_EVERY_ROWS} rows and at the end of the file. Datasets load
 * concurrently, so an implementation must be thread-safe.
 */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (dataset, rowsSoFar) -> { };

    void rowsRead(String dataset, long rowsSoFar);
}
