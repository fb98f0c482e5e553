package vn.phoihop.engine.parquet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes Thrift structures in the compact protocol, the encoding of Parquet page headers and footers.
 * Structures are opened and closed explicitly; field ids must rise within a structure.
 */
final class ThriftCompactWriter {

    static final int BOOLEAN_TRUE = 1;
    static final int BOOLEAN_FALSE = 2;
    static final int BYTE = 3;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    final GrowableBytes out;
    private int lastFieldId;
    private int[] enclosingFieldIds = new int[8];
    private int depth;

    ThriftCompactWriter(int initialCapacity) {
        out = new GrowableBytes(initialCapacity);
    }

    void clear() {
        out.clear();
        lastFieldId = 0;
        depth = 0;
    }

    /** Opens a structure: a list element, or the value of a field written with {@link #fieldStruct}. */
    void beginStruct() {
        if (depth == enclosingFieldIds.length) {
            enclosingFieldIds = Arrays.copyOf(enclosingFieldIds, depth * 2);
        }
        enclosingFieldIds[depth++] = lastFieldId;
        lastFieldId = 0;
    }

    void endStruct() {
        out.put(0);
        lastFieldId = enclosingFieldIds[--depth];
    }

    void fieldStruct(int id) {
        fieldHeader(id, STRUCT);
        beginStruct();
    }

    /** A structure without fields, as Parquet uses for logical types and column orders. */
    void fieldEmptyStruct(int id) {
        fieldStruct(id);
        endStruct();
    }

    void fieldI32(int id, int value) {
        fieldHeader(id, I32);
        out.putVarint(zigZag(value));
    }

    void fieldI64(int id, long value) {
        fieldHeader(id, I64);
        out.putVarint(zigZag(value));
    }

    void fieldByte(int id, int value) {
        fieldHeader(id, BYTE);
        out.put(value);
    }

    void fieldBool(int id, boolean value) {
        fieldHeader(id, value ? BOOLEAN_TRUE : BOOLEAN_FALSE);
    }

    void fieldString(int id, String value) {
        fieldHeader(id, BINARY);
        binary(value);
    }

    /** A binary field holding the 4 little-endian bytes of {@code value}, as in Parquet statistics. */
    void fieldIntLE(int id, int value) {
        fieldHeader(id, BINARY);
        out.putVarint(4);
        out.putIntLE(value);
    }

    /** A binary field holding the 8 little-endian bytes of {@code value}, as in Parquet statistics. */
    void fieldLongLE(int id, long value) {
        fieldHeader(id, BINARY);
        out.putVarint(8);
        out.putLongLE(value);
    }

    /** Starts a list field; its {@code size} elements follow. */
    void fieldList(int id, int elementType, int size) {
        fieldHeader(id, LIST);
        if (size < 15) {
            out.put(size << 4 | elementType);
        } else {
            out.put(0xF0 | elementType);
            out.putVarint(size);
        }
    }

    void i32(int value) {
        out.putVarint(zigZag(value));
    }

    void binary(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.putVarint(utf8.length);
        out.putBytes(utf8, 0, utf8.length);
    }

    /** Appends structures serialised by another writer, e.g. the elements of a list. */
    void raw(GrowableBytes serialised) {
        out.putBytes(serialised.data, 0, serialised.size);
    }

    private void fieldHeader(int id, int type) {
        int delta = id - lastFieldId;
        if (delta > 0 && delta <= 15) {
            out.put(delta << 4 | type);
        } else {
            out.put(type);
            out.putVarint(zigZag(id));
        }
        lastFieldId = id;
    }

    private static long zigZag(int value) {
        return (value << 1 ^ value >> 31) & 0xFFFFFFFFL;
    }

    private static long zigZag(long value) {
        return value << 1 ^ value >> 63;
    }
}
