package vn.phoihop.engine.read;

/**
 * Receives the records of a file in order, from {@link CsvRecordReader} or {@link XlsxRecordReader}.
 * The cell array is reused between calls: copy what must be kept.
 */
interface RecordHandler {

    /**
     * The header record.
     *
     * @return false to stop reading (the file is refused)
     */
    boolean header(long line, String[] cells, int count);

    /** A data record; cells may be null (absent) and are not yet stripped. */
    void record(long line, String[] cells, int count);

    /** A record starting on {@code line} that cannot be split into fields. */
    void malformed(long line, Problem problem);
}
