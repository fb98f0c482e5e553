package vn.phoihop.engine.parquet;

import java.util.Arrays;

/**
 * The values of one column in the current row group: a bitmap of which rows have a value, the non-null
 * values already in PLAIN encoding, and the null count and min/max for the statistics.
 */
final class ColumnBuffer {

    final ParquetWriter.Type type;
    final String name;
    final GrowableBytes values;
    byte[] presentBits = new byte[1024];
    int rows;
    int nulls;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;

    ColumnBuffer(String name, ParquetWriter.Type type) {
        this.name = name;
        this.type = type;
        this.values = new GrowableBytes(type == ParquetWriter.Type.BIGINT ? 64 * 1024 : 32 * 1024);
    }

    void addNull() {
        makeRoomForRow();
        rows++;
        nulls++;
    }

    void addInt(int value) {
        markPresent();
        values.putIntLE(value);
        track(value);
    }

    void addLong(long value) {
        markPresent();
        values.putLongLE(value);
        track(value);
    }

    void addBytes(byte[] utf8, int offset, int length) {
        markPresent();
        values.putLengthPrefixed(utf8, offset, length);
    }

    void addString(String text) {
        markPresent();
        int lengthAt = values.reserve(4);
        values.setIntLE(lengthAt, values.putUtf8(text));
    }

    boolean hasMinMax() {
        return nulls < rows;
    }

    void reset() {
        Arrays.fill(presentBits, 0, (rows + 7) >>> 3, (byte) 0);
        values.clear();
        rows = 0;
        nulls = 0;
        min = Long.MAX_VALUE;
        max = Long.MIN_VALUE;
    }

    private void markPresent() {
        makeRoomForRow();
        presentBits[rows >>> 3] |= (byte) (1 << (rows & 7));
        rows++;
    }

    private void makeRoomForRow() {
        if (rows >>> 3 == presentBits.length) {
            presentBits = Arrays.copyOf(presentBits, presentBits.length * 2);
        }
    }

    private void track(long value) {
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
    }
}
