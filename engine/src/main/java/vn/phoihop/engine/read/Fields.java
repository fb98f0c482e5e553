package vn.phoihop.engine.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fields of one record as UTF-8 bytes: field {@code i} is {@code data[start(i), end(i))}.
 * Reused from record to record (copy what must be kept). The readers guarantee valid UTF-8, so
 * decoding a field never replaces anything. An absent cell (XLSX) is an empty field.
 */
final class Fields {

    private byte[] data = new byte[1024];
    private int size;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    void set(String[] cells, int cellCount) {
        clear();
        for (int i = 0; i < cellCount; i++) {
            String cell = cells[i];
            if (cell != null) {
                append(cell.getBytes(StandardCharsets.UTF_8));
            }
            endField();
        }
    }

    int count() {
        return count;
    }

    byte[] data() {
        return data;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** The field as text; "" for a field beyond the record. */
    String string(int field) {
        if (field >= count) {
            return "";
        }
        return new String(data, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    // --- building a record

    void clear() {
        size = 0;
        count = 0;
    }

    /** Appends bytes to the field being built. */
    void append(byte[] bytes, int from, int length) {
        if (size + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + length));
        }
        System.arraycopy(bytes, from, data, size, length);
        size += length;
    }

    private void append(byte[] bytes) {
        append(bytes, 0, bytes.length);
    }

    /** Ends the field being built; the next bytes begin a new one. */
    void endField() {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        int start = count == 0 ? 0 : ends[count - 1];
        starts[count] = start;
        ends[count] = size;
        count++;
    }

    int size() {
        return size;
    }
}
