package vn.phoihop.engine.read;

/**
 * Receives the records of a file in order, from {@link CsvRecordReader} or {@link XlsxRecordReader}.
 * The reader fills the {@link Fields} the handler gives it ({@link #nextFields()}).
 */
interface RecordHandler {

    /**
     * Where the reader puts the next record: a handler that keeps records for a while hands out
     * a fresh one each time, and nothing is copied.
     */
    Fields nextFields();

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
