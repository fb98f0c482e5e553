package vn.phoihop.engine.read;

/** What became of one dataset in a load. */
public enum LoadStatus {
    /** The file was read; its accepted rows (possibly none) are in the Parquet file. */
    LOADED,
    /** No file for the dataset: no table, the rules that need it are skipped. */
    MISSING,
    /** The file as a whole was refused (no header, missing required column, unreadable): no table. */
    FILE_REJECTED
}
