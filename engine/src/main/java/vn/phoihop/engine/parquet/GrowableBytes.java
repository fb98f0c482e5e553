package vn.phoihop.engine.parquet;

import java.util.Arrays;

/** A growable byte array with little-endian and varint writers; reused between row groups. */
final class GrowableBytes {

    private static final int MAX_SIZE = Integer.MAX_VALUE - 16;

    byte[] data;
    int size;

    GrowableBytes(int initialCapacity) {
        data = new byte[Math.max(16, initialCapacity)];
    }

    void clear() {
        size = 0;
    }

    /** Makes room for {@code bytes} more bytes. */
    void ensureSpare(int bytes) {
        if (bytes > data.length - size) {
            grow(bytes);
        }
    }

    private void grow(int bytes) {
        long needed = (long) size + bytes;
        if (needed > MAX_SIZE) {
            throw new IllegalStateException("A Parquet page would exceed 2 GB; use smaller row groups");
        }
        long doubled = Math.min(MAX_SIZE, data.length * 2L);
        data = Arrays.copyOf(data, (int) Math.max(needed, doubled));
    }

    void put(int b) {
        ensureSpare(1);
        data[size++] = (byte) b;
    }

    void putIntLE(int value) {
        ensureSpare(4);
        setIntLE(size, value);
        size += 4;
    }

    void putLongLE(long value) {
        ensureSpare(8);
        byte[] d = data;
        int p = size;
        d[p] = (byte) value;
        d[p + 1] = (byte) (value >>> 8);
        d[p + 2] = (byte) (value >>> 16);
        d[p + 3] = (byte) (value >>> 24);
        d[p + 4] = (byte) (value >>> 32);
        d[p + 5] = (byte) (value >>> 40);
        d[p + 6] = (byte) (value >>> 48);
        d[p + 7] = (byte) (value >>> 56);
        size = p + 8;
    }

    void putBytes(byte[] bytes, int offset, int length) {
        ensureSpare(length);
        System.arraycopy(bytes, offset, data, size, length);
        size += length;
    }

    /** A byte array value in PLAIN encoding: its 4-byte little-endian length, then its bytes. */
    void putLengthPrefixed(byte[] bytes, int offset, int length) {
        ensureSpare(4 + length);
        setIntLE(size, length);
        System.arraycopy(bytes, offset, data, size + 4, length);
        size += 4 + length;
    }

    /** Unsigned LEB128, as used by Thrift's compact protocol and the RLE/bit-packed hybrid. */
    void putVarint(long value) {
        ensureSpare(10);
        byte[] d = data;
        int p = size;
        while ((value & ~0x7FL) != 0) {
            d[p++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        d[p++] = (byte) value;
        size = p;
    }

    /**
     * Appends the UTF-8 encoding of {@code text} (unpaired surrogates become '?', as in
     * {@link String#getBytes}) and returns the number of bytes written.
     */
    int putUtf8(CharSequence text) {
        int length = text.length();
        ensureSpare((int) Math.min(Integer.MAX_VALUE, length * 3L));
        byte[] d = data;
        int start = size;
        int p = start;
        int i = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            d[p++] = (byte) c;
        }
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                d[p++] = (byte) c;
            } else if (c < 0x800) {
                d[p++] = (byte) (0xC0 | (c >> 6));
                d[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                d[p++] = (byte) (0xE0 | (c >> 12));
                d[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                d[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                d[p++] = (byte) (0xF0 | (codePoint >> 18));
                d[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                d[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                d[p++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                d[p++] = '?';
            }
        }
        size = p;
        return p - start;
    }

    /** Skips {@code bytes} bytes to be filled in later and returns where they start. */
    int reserve(int bytes) {
        ensureSpare(bytes);
        int at = size;
        size += bytes;
        return at;
    }

    void setIntLE(int at, int value) {
        byte[] d = data;
        d[at] = (byte) value;
        d[at + 1] = (byte) (value >>> 8);
        d[at + 2] = (byte) (value >>> 16);
        d[at + 3] = (byte) (value >>> 24);
    }
}
