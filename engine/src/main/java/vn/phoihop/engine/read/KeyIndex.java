package vn.phoihop.engine.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys seen so far in one file (the stored values of the key columns as bytes,
 * {@link RowValues#makeKey}), with the line of their first row, for duplicate detection.
 * Exact (keys are compared in full) and compact: the keys live in large byte chunks, the hash
 * table holds only their 32-bit hash and chunk position, about 40 bytes per 12-character key
 * instead of the ~120 of a {@code HashMap<String, Long>}.
 */
final class KeyIndex {

    private static final int CHUNK_SIZE = 1 << 22;
    /** Entry header: first line (8 bytes), key length in bytes (4). */
    private static final int HEADER = 12;
    /** Entries start at multiples of 8, so 32 bits of position address 32 GB of keys. */
    private static final int ALIGNMENT = 8;
    private static final long POSITION_MASK = 0xffffffffL;
    private static final int PRESIZE_LIMIT = 1 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int position;
    /**
     * Per slot: the key's hash in the high 32 bits, its entry position / 8 + 1 in the low 32
     * (0 marks an empty slot). Linear probing; the chunks are touched only when hashes match.
     */
    private long[] slots;
    private int size;
    /** Keeps {@link #prefetch} from being optimised away. */
    @SuppressWarnings("unused")
    private long prefetched;

    KeyIndex() {
        this(1 << 15);
    }

    /**
     * Sized for about {@code expectedKeys} keys (an estimate: at most {@value #PRESIZE_LIMIT} slots
     * up front, 8 MB: the estimate from the file size is far off for wide rows), so that a large file does not rehash repeatedly.
     */
    KeyIndex(long expectedKeys) {
        long wanted = Math.min(Math.max(expectedKeys, 1 << 15), PRESIZE_LIMIT / 2);
        slots = new long[(int) (Long.highestOneBit(wanted * 2 - 1) * 2)];
    }

    /**
     * Records the key {@code key[keyOffset, keyOffset + length)}, whose {@link #hash(byte[], int, int)}
     * is {@code hash}, first seen on {@code line}, unless it is already known.
     *
     * @return 0 when the key is new, else the line where it was first seen
     */
    long putIfAbsent(byte[] key, int keyOffset, int length, int hash, long line) {
        long hashBits = (long) hash << 32;
        int mask = slots.length - 1;
        int index = hash & mask;
        long slot;
        while ((slot = slots[index]) != 0) {
            if ((slot & ~POSITION_MASK) == hashBits) {
                long offset = ((slot & POSITION_MASK) - 1) * ALIGNMENT;
                if (equalsAt(offset, key, keyOffset, length)) {
                    return readLong(chunk(offset), within(offset));
                }
            }
            index = (index + 1) & mask;
        }
        slots[index] = hashBits | (append(key, keyOffset, length, line) / ALIGNMENT + 1);
        if (++size * 2 > slots.length) {
            grow();
        }
        return 0;
    }

    /**
     * Reads the first slot of each of {@code count} keys about to be put, in a loop so short that
     * the processor has many of these reads in flight at once: a key index of millions of keys
     * does not fit in the caches, and one read at a time, between the validation of rows, would
     * wait for memory once per row.
     */
    void prefetch(int[] hashes, int count) {
        long[] table = slots;
        int mask = table.length - 1;
        long seen = 0;
        for (int i = 0; i < count; i++) {
            seen |= table[hashes[i] & mask];
        }
        prefetched = seen;
    }

    int size() {
        return size;
    }

    private long append(byte[] key, int keyOffset, int length, long line) {
        int needed = HEADER + length;
        if (current == null || position + needed > CHUNK_SIZE) {
            current = new byte[Math.max(CHUNK_SIZE, needed)];
            chunks.add(current);
            position = 0;
        }
        long offset = (long) (chunks.size() - 1) * CHUNK_SIZE + position;
        writeLong(current, position, line);
        writeInt(current, position + 8, length);
        System.arraycopy(key, keyOffset, current, position + HEADER, length);
        position = (position + HEADER + length + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        return offset;
    }

    private boolean equalsAt(long offset, byte[] key, int keyOffset, int length) {
        byte[] chunk = chunk(offset);
        int at = within(offset);
        if (readInt(chunk, at + 8) != length) {
            return false;
        }
        return java.util.Arrays.equals(chunk, at + HEADER, at + HEADER + length, key, keyOffset, keyOffset + length);
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        int mask = bigger.length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int index = (int) (slot >>> 32) & mask;
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

    static int hash(byte[] key, int offset, int length) {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + key[i];
        }
        // MurmurHash3's finaliser: the polynomial hash of similar digit strings clusters badly
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
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
