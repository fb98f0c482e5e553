package vn.phoihop.engine.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import vn.phoihop.engine.catalog.StoredColumn;
import vn.phoihop.engine.parquet.ParquetWriter;

/**
 * The stored values of the row being validated, one per stored column (docs/engine.md), typed:
 * text as UTF-8 bytes (referring to the record's bytes when the value is stored as written),
 * dates as days since 1970-01-01, numbers as longs. Written to Parquet only once the whole row
 * is accepted.
 */
final class RowValues {

    private final ParquetWriter.Type[] types;
    private final boolean[] present;
    private final long[] numbers;
    private final byte[][] arrays;
    private final int[] starts;
    private final int[] ends;
    /** Text made for this row (normalised names, values rewritten by the validator). */
    private byte[] text = new byte[256];
    private int textSize;
    private byte[] key = new byte[64];

    RowValues(List<StoredColumn> storedColumns) {
        int count = storedColumns.size();
        types = new ParquetWriter.Type[count];
        for (int i = 0; i < count; i++) {
            types[i] = typeOf(storedColumns.get(i));
        }
        present = new boolean[count];
        numbers = new long[count];
        arrays = new byte[count][];
        starts = new int[count];
        ends = new int[count];
    }

    static ParquetWriter.Type typeOf(StoredColumn column) {
        return ParquetWriter.Type.valueOf(column.sqlType());
    }

    /** Forgets the text of the previous row. */
    void startRow() {
        textSize = 0;
    }

    void setNull(int slot) {
        present[slot] = false;
    }

    void setNumber(int slot, long value) {
        present[slot] = true;
        numbers[slot] = value;
    }

    /** Text stored as {@code bytes[from, to)}; the bytes must stay unchanged until the row is written. */
    void setBytes(int slot, byte[] bytes, int from, int to) {
        present[slot] = true;
        arrays[slot] = bytes;
        starts[slot] = from;
        ends[slot] = to;
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
        return present[slot];
    }

    long number(int slot) {
        return numbers[slot];
    }

    byte byteAt(int slot, int index) {
        return arrays[slot][starts[slot] + index];
    }

    int length(int slot) {
        return ends[slot] - starts[slot];
    }

    String string(int slot) {
        return new String(arrays[slot], starts[slot], ends[slot] - starts[slot], StandardCharsets.UTF_8);
    }

    /**
     * The key of the row, made of {@code slots}, into {@link #key()}: text as length and bytes,
     * numbers as 8 bytes, so that two keys are equal exactly when their values are.
     *
     * @return the key's length in bytes
     */
    int makeKey(int[] slots) {
        int size = 0;
        for (int slot : slots) {
            int needed = types[slot] == ParquetWriter.Type.VARCHAR ? 4 + length(slot) : 8;
            if (size + needed > key.length) {
                key = Arrays.copyOf(key, Math.max(key.length * 2, size + needed));
            }
            if (types[slot] == ParquetWriter.Type.VARCHAR) {
                size = putInt(key, size, length(slot));
                System.arraycopy(arrays[slot], starts[slot], key, size, length(slot));
                size += length(slot);
            } else {
                size = putInt(key, size, (int) (numbers[slot] >>> 32));
                size = putInt(key, size, (int) numbers[slot]);
            }
        }
        return size;
    }

    byte[] key() {
        return key;
    }

    /** Writes the row, with its source line last. */
    void writeTo(ParquetWriter writer, long sourceLine) throws IOException {
        int last = types.length - 1;
        present[last] = true;
        numbers[last] = sourceLine;
        writer.writeRow(present, numbers, arrays, starts, ends);
    }

    private static int putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
        return at + 4;
    }
}
