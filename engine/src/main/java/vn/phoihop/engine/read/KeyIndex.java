package vn.phoihop.engine.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys seen so far in one file, with the line of their first row, for duplicate detection.
 * Exact (keys are compared in full) and compact: the keys live in large byte chunks, the hash
 * table holds only their offsets, about 30 bytes per 12-character key instead of the ~120 of a
 * {@code HashMap<String, Long>}, so that files of tens of millions of rows fit in memory.
 */
final class KeyIndex {

    private static final int CHUNK_SIZE = 1 << 22;
    /** Entry header: first line (8 bytes), hash (4), key length in bytes with a UTF-16 flag (4). */
    private static final int HEADER = 16;
    private static final int UTF16_FLAG = 1 << 31;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int position;
    /** Offset + 1 of each entry; 0 marks an empty slot. Open addressing, linear probing. */
    private long[] slots = new long[1 << 16];
    private int size;

    /**
     * Records {@code key} first seen on {@code line}, unless it is already known.
     *
     * @return 0 when the key is new, else the line where it was first seen
     */
    long putIfAbsent(String key, long line) {
        int hash = hash(key);
        boolean latin1 = isLatin1(key);
        int mask = slots.length - 1;
        int index = hash & mask;
        while (slots[index] != 0) {
            long offset = slots[index] - 1;
            if (equalsAt(offset, hash, key, latin1)) {
                return readLong(chunk(offset), within(offset));
            }
            index = (index + 1) & mask;
        }
        slots[index] = append(key, hash, latin1, line) + 1;
        if (++size * 2 > slots.length) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    private long append(String key, int hash, boolean latin1, long line) {
        int keyBytes = latin1 ? key.length() : key.length() * 2;
        int needed = HEADER + keyBytes;
        if (current == null || position + needed > CHUNK_SIZE) {
            current = new byte[CHUNK_SIZE];
            chunks.add(current);
            position = 0;
        }
        long offset = (long) (chunks.size() - 1) * CHUNK_SIZE + position;
        writeLong(current, position, line);
        writeInt(current, position + 8, hash);
        writeInt(current, position + 12, latin1 ? keyBytes : keyBytes | UTF16_FLAG);
        int at = position + HEADER;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (latin1) {
                current[at++] = (byte) c;
            } else {
                current[at++] = (byte) (c >>> 8);
                current[at++] = (byte) c;
            }
        }
        position = at;
        return offset;
    }

    private boolean equalsAt(long offset, int hash, String key, boolean latin1) {
        byte[] chunk = chunk(offset);
        int at = within(offset);
        if (readInt(chunk, at + 8) != hash) {
            return false;
        }
        int lengthWord = readInt(chunk, at + 12);
        boolean storedLatin1 = (lengthWord & UTF16_FLAG) == 0;
        int length = lengthWord & ~UTF16_FLAG;
        if (storedLatin1 != latin1 || length != (latin1 ? key.length() : key.length() * 2)) {
            return false;
        }
        at += HEADER;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            char stored = latin1
                    ? (char) (chunk[at++] & 0xff)
                    : (char) (((chunk[at++] & 0xff) << 8) | (chunk[at++] & 0xff));
            if (c != stored) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        int mask = bigger.length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int index = readInt(chunk(slot - 1), within(slot - 1) + 8) & mask;
                while (bigger[index] != 0) {
                    index = (index + 1) & mask;
                }
                bigger[index] = slot;
            }
        }
        slots = bigger;
    }

    private byte[] chunk(long offset) {
        return chunks.get((int) (offset / CHUNK_SIZE));
    }

    private static int within(long offset) {
        return (int) (offset % CHUNK_SIZE);
    }

    private static int hash(String key) {
        int h = key.hashCode();
        // spread the bits: String.hashCode of similar digit strings clusters in the low bits
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean isLatin1(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static void writeLong(byte[] b, int at, long v) {
        writeInt(b, at, (int) (v >>> 32));
        writeInt(b, at + 4, (int) v);
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static long readLong(byte[] b, int at) {
        return ((long) readInt(b, at) << 32) | (readInt(b, at + 4) & 0xffffffffL);
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
