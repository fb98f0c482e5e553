package vn.phoihop.engine.parquet;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Writes a Parquet file row by row, without dependencies: a flat schema of optional columns, values in PLAIN
 * encoding, no compression, one data page (v1) per column chunk, row groups of a given number of rows or
 * {@link #MAX_ROW_GROUP_BYTES}, and null count and min/max statistics
 * (min/max for the integer and date columns only). Only the current row group is kept in memory.
 *
 * <p>A row is written one value per column, in any order, with the {@code write*} methods, then ended with
 * {@link #endRow()}. Not thread-safe. If a method throws an {@link IOException}, the file is incomplete and
 * the writer should only be closed.
 */
public final class ParquetWriter implements Closeable {

    /** The column types, named as DuckDB reports them. */
    public enum Type {
        /** UTF-8 text: BYTE_ARRAY annotated STRING. */
        VARCHAR,
        /** A date as days since 1970-01-01: INT32 annotated DATE. */
        DATE,
        /** A 32-bit signed integer: INT32. */
        INTEGER,
        /** A 64-bit signed integer: INT64. */
        BIGINT
    }

    /** Rows per row group unless told otherwise: DuckDB's own row group size. */
    public static final int DEFAULT_ROW_GROUP_ROWS = 122_880;
    /**
     * A row group is also written once its values take this many bytes, so that wide rows (long
     * addresses) keep the memory bounded: the loader runs with a small heap too.
     */
    public static final int MAX_ROW_GROUP_BYTES = 8 << 20;
    /** How often (in rows) the size of the buffered values is checked. */
    private static final int SIZE_CHECK_ROWS = 1024;

    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};
    private static final String CREATED_BY = "PhoiHop engine";

    private final OutputStream out;
    private final ColumnBuffer[] columns;
    private final int rowGroupRows;
    /** Per column, the row that last received a value: tells a missing or repeated value without resetting. */
    private final long[] lastRowWritten;
    private final GrowableBytes levels = new GrowableBytes(1024);
    private final ThriftCompactWriter pageHeader = new ThriftCompactWriter(64);
    private final ThriftCompactWriter rowGroups = new ThriftCompactWriter(1024);
    private long position;
    private long rows;
    private int valuesInRow;
    private int rowsInGroup;
    private int rowGroupCount;
    private boolean closed;

    /**
     * Creates (or truncates) the file at {@code path} and writes its header.
     *
     * @param names        the column names, unique
     * @param types        the column types, one per name
     * @param rowGroupRows rows per row group; the loader uses {@link #DEFAULT_ROW_GROUP_ROWS}
     * @throws IllegalArgumentException if there are no columns, names and types differ in number, a name
     *                                  repeats or {@code rowGroupRows} is not positive
     */
    public ParquetWriter(Path path, List<String> names, List<Type> types, int rowGroupRows) throws IOException {
        this.columns = columnBuffers(names, types);
        if (rowGroupRows <= 0) {
            throw new IllegalArgumentException("rowGroupRows must be positive: " + rowGroupRows);
        }
        this.rowGroupRows = rowGroupRows;
        this.lastRowWritten = new long[columns.length];
        Arrays.fill(lastRowWritten, -1);
        this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        try {
            write(MAGIC, MAGIC.length);
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    /** Creates a writer with {@link #DEFAULT_ROW_GROUP_ROWS} rows per row group. */
    public ParquetWriter(Path path, List<String> names, List<Type> types) throws IOException {
        this(path, names, types, DEFAULT_ROW_GROUP_ROWS);
    }

    private static ColumnBuffer[] columnBuffers(List<String> names, List<Type> types) {
        if (names.isEmpty() || names.size() != types.size()) {
            throw new IllegalArgumentException("Need one type per column name and at least one column: "
                    + names + " " + types);
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("Column names repeat: " + names);
        }
        var buffers = new ColumnBuffer[names.size()];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = new ColumnBuffer(names.get(i), types.get(i));
        }
        return buffers;
    }

    /** Gives {@code column} no value (SQL NULL) in the current row; any type. */
    public void writeNull(int column) {
        ColumnBuffer buffer = columns[column];
        claim(column);
        buffer.addNull();
    }

    /** Writes an INTEGER, or a DATE as days since 1970-01-01. */
    public void writeInt(int column, int value) {
        ColumnBuffer buffer = columns[column];
        if (buffer.type != Type.INTEGER && buffer.type != Type.DATE) {
            throw wrongType(buffer, "an int");
        }
        claim(column);
        buffer.addInt(value);
    }

    /** Writes a BIGINT. */
    public void writeLong(int column, long value) {
        ColumnBuffer buffer = columns[column];
        if (buffer.type != Type.BIGINT) {
            throw wrongType(buffer, "a long");
        }
        claim(column);
        buffer.addLong(value);
    }

    /** Writes a VARCHAR given as {@code length} UTF-8 bytes of {@code utf8} from {@code offset}; copied. */
    public void writeBytes(int column, byte[] utf8, int offset, int length) {
        ColumnBuffer buffer = columns[column];
        if (buffer.type != Type.VARCHAR) {
            throw wrongType(buffer, "bytes");
        }
        claim(column);
        buffer.addBytes(utf8, offset, length);
    }

    /** Writes a VARCHAR, encoding it as UTF-8. */
    public void writeString(int column, String value) {
        ColumnBuffer buffer = columns[column];
        if (buffer.type != Type.VARCHAR) {
            throw wrongType(buffer, "a string");
        }
        claim(column);
        buffer.addString(value);
    }

    /**
     * Ends the current row, and writes the row group when it is full.
     *
     * @throws IllegalStateException if a column has no value in this row; the row stays open, so the missing
     *                               values can still be written
     */
    public void endRow() throws IOException {
        if (valuesInRow != columns.length) {
            throw new IllegalStateException("Row " + rows + " has no value for " + missingColumns());
        }
        valuesInRow = 0;
        rowEnded();
    }

    /**
     * Writes whole rows from arrays held column by column, for callers that build rows in batches
     * (the loader): the rows {@code rows[0, count)} of the arrays, in that order. Column {@code c}
     * of row {@code r} is null unless {@code present[c][r]}; a DATE, INTEGER or BIGINT takes
     * {@code numbers[c][r]} (an INTEGER or DATE must fit in an int), a VARCHAR the UTF-8 bytes
     * {@code texts[c][r][starts[c][r], ends[c][r])}, copied. The file is the same as with the
     * value-by-value calls; the values of one column are appended in one loop.
     *
     * @throws IllegalStateException    if a row is being written value by value, or the writer is closed
     * @throws IllegalArgumentException if an INTEGER or DATE does not fit in an int
     */
    public void writeRows(int[] rows, int count, boolean[][] present, long[][] numbers, byte[][][] texts,
                          int[][] starts, int[][] ends) throws IOException {
        if (closed || valuesInRow != 0) {
            throw new IllegalStateException(closed ? "The writer is closed" : "Row " + this.rows + " is being written value by value");
        }
        int done = 0;
        while (done < count) {
            int part = Math.min(count - done, rowGroupRows - rowsInGroup);
            for (int c = 0; c < columns.length; c++) {
                appendColumn(columns[c], rows, done, done + part, present[c], numbers[c], texts[c], starts[c], ends[c]);
            }
            this.rows += part;
            rowsInGroup += part;
            done += part;
            if (rowsInGroup == rowGroupRows || bufferedBytes() >= MAX_ROW_GROUP_BYTES) {
                writeRowGroup();
            }
        }
    }

    private static void appendColumn(ColumnBuffer column, int[] rows, int from, int to, boolean[] present, long[] numbers,
                                     byte[][] texts, int[] starts, int[] ends) {
        for (int i = from; i < to; i++) {
            int r = rows[i];
            if (!present[r]) {
                column.addNull();
            } else if (column.type == Type.VARCHAR) {
                column.addBytes(texts[r], starts[r], ends[r] - starts[r]);
            } else if (column.type == Type.BIGINT) {
                column.addLong(numbers[r]);
            } else {
                long value = numbers[r];
                if ((int) value != value) {
                    throw new IllegalArgumentException("Column " + column.name + " is " + column.type + ": " + value
                            + " does not fit");
                }
                column.addInt((int) value);
            }
        }
    }

    private void rowEnded() throws IOException {
        rows++;
        if (++rowsInGroup == rowGroupRows || rowsInGroup % SIZE_CHECK_ROWS == 0 && bufferedBytes() >= MAX_ROW_GROUP_BYTES) {
            writeRowGroup();
        }
    }

    private long bufferedBytes() {
        long bytes = 0;
        for (ColumnBuffer column : columns) {
            bytes += column.values.size;
        }
        return bytes;
    }

    /** The number of rows ended so far. */
    public long rows() {
        return rows;
    }

    /**
     * Writes the last row group and the footer, and closes the file. A file without rows is still a valid
     * Parquet file with its columns. Closing again does nothing.
     *
     * @throws IllegalStateException if a row was begun but not ended; the file is then closed but invalid
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            if (valuesInRow != 0) {
                throw new IllegalStateException("Row " + rows + " was begun but not ended");
            }
            if (rowsInGroup > 0) {
                writeRowGroup();
            }
            writeFooter();
        }
    }

    private void claim(int column) {
        if (closed) {
            throw new IllegalStateException("The writer is closed");
        }
        if (lastRowWritten[column] == rows) {
            throw new IllegalStateException("Column " + columns[column].name + " already has a value in row " + rows);
        }
        lastRowWritten[column] = rows;
        valuesInRow++;
    }

    private IllegalArgumentException wrongType(ColumnBuffer buffer, String given) {
        return new IllegalArgumentException("Column " + buffer.name + " is " + buffer.type + ", not " + given);
    }

    private List<String> missingColumns() {
        var missing = new ArrayList<String>();
        for (int i = 0; i < columns.length; i++) {
            if (lastRowWritten[i] != rows) {
                missing.add(columns[i].name);
            }
        }
        return missing;
    }

    private void writeRowGroup() throws IOException {
        long start = position;
        rowGroups.beginStruct();
        rowGroups.fieldList(1, ThriftCompactWriter.STRUCT, columns.length);
        for (ColumnBuffer column : columns) {
            writeColumnChunk(column);
        }
        long bytes = position - start;
        rowGroups.fieldI64(2, bytes);
        rowGroups.fieldI64(3, rowsInGroup);
        rowGroups.fieldI64(5, start);
        rowGroups.fieldI64(6, bytes);
        rowGroups.endStruct();
        rowGroupCount++;
        rowsInGroup = 0;
    }

    /** Writes the column's values as one data page, records its ColumnChunk and empties the column. */
    private void writeColumnChunk(ColumnBuffer column) throws IOException {
        levels.clear();
        int lengthAt = levels.reserve(4);
        DefinitionLevels.encode(column.presentBits, column.rows, levels);
        levels.setIntLE(lengthAt, levels.size - 4);

        long pageSize = (long) levels.size + column.values.size;
        if (pageSize > Integer.MAX_VALUE) {
            throw new IllegalStateException("Column " + column.name + " holds over 2 GB in one row group; "
                    + "use smaller row groups");
        }
        pageHeader.clear();
        ParquetMetadata.dataPageHeader(pageHeader, (int) pageSize, column.rows);

        long offset = position;
        write(pageHeader.out);
        write(levels);
        write(column.values);
        ParquetMetadata.columnChunk(rowGroups, column, offset, position - offset);
        column.reset();
    }

    private void writeFooter() throws IOException {
        var footer = new ThriftCompactWriter(rowGroups.out.size + 1024);
        ParquetMetadata.fileMetaData(footer, List.of(columns), rows, rowGroupCount, rowGroups.out, CREATED_BY);
        write(footer.out);
        var trailer = new GrowableBytes(8);
        trailer.putIntLE(footer.out.size);
        trailer.putBytes(MAGIC, 0, MAGIC.length);
        write(trailer);
        out.flush();
    }

    private void write(GrowableBytes bytes) throws IOException {
        write(bytes.data, bytes.size);
    }

    private void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        position += length;
    }
}
