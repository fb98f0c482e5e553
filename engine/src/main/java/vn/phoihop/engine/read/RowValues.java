package vn.phoihop.engine.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import vn.phoihop.engine.catalog.StoredColumn;
import vn.phoihop.engine.parquet.ParquetWriter;

/**
 * The stored values of a batch of rows being validated, one per stored column (docs/engine.md),
 * typed and held column by column: text as UTF-8 bytes (referring to the record's bytes when the
 * value is stored as written), dates as days since 1970-01-01, numbers as longs. The setters
 * write the current row ({@link #startRow(int)}); the accepted rows are written to Parquet
 * together, column by column.
 */
final class RowValues {

    private final ParquetWriter.Type[] types;
    private final boolean[][] present;
    private final long[][] numbers;
    private final byte[][][] arrays;
    private final int[][] starts;
    private final int[][] ends;
    private int row;
    /** Text made for the batch (normalised names, values rewritten by the validator). */
    private byte[] text = new byte[4096];
    private int textSize;
    /** The keys of the batch's rows, one after another. */
    private byte[] keys = new byte[4096];
    private int keysSize;
    private final int[] keyStarts;

    /** Values for up to {@code rows} rows at a time. */
    RowValues(List<StoredColumn> storedColumns, int rows) {
        int count = storedColumns.size();
        types = new ParquetWriter.Type[count];
        for (int i = 0; i < count; i++) {
            types[i] = typeOf(storedColumns.get(i));
        }
        present = new boolean[count][rows];
        numbers = new long[count][rows];
        arrays = new byte[count][rows][];
        starts = new int[count][rows];
        ends = new int[count][rows];
        keyStarts = new int[rows];
    }

    static ParquetWriter.Type typeOf(StoredColumn column) {
        return ParquetWriter.Type.valueOf(column.sqlType());
    }

    /** Forgets the text and keys of the previous batch. */
    void startBatch() {
        textSize = 0;
        keysSize = 0;
    }

    /** The row the setters write from now on. */
    void startRow(int row) {
        this.row = row;
    }

    void setNull(int slot) {
        present[slot][row] = false;
    }

    void setNumber(int slot, long value) {
        present[slot][row] = true;
        numbers[slot][row] = value;
    }

    /** Text stored as {@code bytes[from, to)}; the bytes must stay unchanged until the batch is written. */
    void setBytes(int slot, byte[] bytes, int from, int to) {
        present[slot][row] = true;
        arrays[slot][row] = bytes;
        starts[slot][row] = from;
        ends[slot][row] = to;
    }

    /** Room for {@code length} bytes of text made for this row; returns where to write them in {@link #text()}. */
    int reserve(int length) {
        if (textSize + length > text.length) {
            // the old array stays intact for the values that already refer to it
            text = Arrays.copyOf(text, Math.max(text.length * 2, textSize + length));
        }
        return textSize;
    }

    byte[] text() {
        return text;
    }

    /** Text written into {@link #text()} at {@code [from, to)} after {@link #reserve(int)}. */
    void setMadeText(int slot, int from, int to) {
        setBytes(slot, text, from, to);
        textSize = to;
    }

    /** A value in the stored form of the validator's text output ({@link CellValidator}); null is absent. */
    void setStored(int slot, String value) {
        if (value == null) {
            setNull(slot);
            return;
        }
        switch (types[slot]) {
            case VARCHAR -> {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                setBytes(slot, bytes, 0, bytes.length);
            }
            case DATE -> setNumber(slot, Dates.epochDay(Integer.parseInt(value.substring(0, 4)),
                    Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10))));
            case INTEGER, BIGINT -> setNumber(slot, Long.parseLong(value));
        }
    }

    boolean isPresent(int slot) {
        return present[slot][row];
    }

    long number(int slot) {
        return numbers[slot][row];
    }

    byte byteAt(int slot, int index) {
        return arrays[slot][row][starts[slot][row] + index];
    }

    int length(int slot) {
        return ends[slot][row] - starts[slot][row];
    }

    String string(int slot) {
        return new String(arrays[slot][row], starts[slot][row], length(slot), StandardCharsets.UTF_8);
    }

    /**
     * The key of the current row, made of {@code slots}: text as length and bytes, numbers as 8
     * bytes, so that two keys are equal exactly when their values are. It stays in {@link #keys()}
     * from {@link #keyStart(int)} until the next batch.
     *
     * @return the key's length in bytes
     */
    int makeKey(int[] slots) {
        int start = keysSize;
        for (int slot : slots) {
            boolean isText = types[slot] == ParquetWriter.Type.VARCHAR;
            int needed = isText ? 4 + length(slot) : 8;
            if (keysSize + needed > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysSize + needed));
            }
            if (isText) {
                keysSize = putInt(keys, keysSize, length(slot));
                System.arraycopy(arrays[slot][row], starts[slot][row], keys, keysSize, length(slot));
                keysSize += length(slot);
            } else {
                keysSize = putInt(keys, keysSize, (int) (numbers[slot][row] >>> 32));
                keysSize = putInt(keys, keysSize, (int) numbers[slot][row]);
            }
        }
        keyStarts[row] = start;
        return keysSize - start;
    }

    byte[] keys() {
        return keys;
    }

    int keyStart(int row) {
        return keyStarts[row];
    }

    /** Writes the rows {@code rows[0, count)} of the batch, with their source lines last. */
    void writeTo(ParquetWriter writer, int[] rows, long[] sourceLines, int count) throws IOException {
        int last = types.length - 1;
        for (int i = 0; i < count; i++) {
            present[last][rows[i]] = true;
            numbers[last][rows[i]] = sourceLines[i];
        }
        writer.writeRows(rows, count, present, numbers, arrays, starts, ends);
    }

    private static int putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
        return at + 4;
    }
}
