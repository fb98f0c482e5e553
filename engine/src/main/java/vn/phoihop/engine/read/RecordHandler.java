package vn.phoihop.engine.read;

/**
 * Receives the records of a file in order, from {@link CsvRecordReader} or {@link XlsxRecordReader}.
 * The fields are reused between calls: copy what must be kept.
 */
interface RecordHandler {

    /**
     * The header record.
     *
     * @return false to stop reading (the file is refused)
     */
    boolean header(long line, Fields fields);

    /** A data record; its fields are not yet stripped, an absent cell is empty. */
    void record(long line, Fields fields);

    /** A record starting on {@code line} that cannot be split into fields. */
    void malformed(long line, Problem problem);
}
