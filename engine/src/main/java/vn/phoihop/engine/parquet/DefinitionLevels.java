package vn.phoihop.engine.parquet;

/**
 * Encodes definition levels of bit width 1 in the RLE/bit-packed hybrid. The levels come as a bitmap, eight
 * rows per byte, least significant bit first: already the bit-packed layout, so bit-packed runs are plain
 * copies, and long stretches of all-present or all-null rows become RLE runs.
 */
final class DefinitionLevels {

    /** Shorter uniform stretches stay in the surrounding bit-packed run; RLE pays off from here on. */
    private static final int MIN_RLE_GROUPS = 4;

    private DefinitionLevels() {
    }

    /** Appends the encoding of the first {@code count} levels of {@code bits} to {@code out}. */
    static void encode(byte[] bits, int count, GrowableBytes out) {
        int groups = count >>> 3;
        int tail = count & 7;
        int i = 0;
        while (i < groups) {
            int runEnd = uniformRunEnd(bits, i, groups);
            if (runEnd - i >= MIN_RLE_GROUPS) {
                int value = bits[i] & 1;
                int values = (runEnd - i) * 8;
                if (runEnd == groups && tail > 0 && tailIs(bits[groups], tail, value)) {
                    values += tail;
                    tail = 0;
                }
                putRleRun(out, values, value);
                i = runEnd;
            } else {
                int start = i;
                while (i < groups && uniformRunEnd(bits, i, groups) - i < MIN_RLE_GROUPS) {
                    i++;
                }
                boolean endsWithTail = i == groups && tail > 0;
                putBitPackedRun(out, bits, start, i - start + (endsWithTail ? 1 : 0));
                if (endsWithTail) {
                    tail = 0;
                }
            }
        }
        if (tail > 0) {
            // The unused high bits of the last byte are zero, which is valid padding.
            putBitPackedRun(out, bits, groups, 1);
        }
    }

    /** The end of the stretch of all-0 or all-1 bytes starting at {@code from}; {@code from} if there is none. */
    private static int uniformRunEnd(byte[] bits, int from, int limit) {
        byte b = bits[from];
        if (b != 0 && b != -1) {
            return from;
        }
        int end = from + 1;
        while (end < limit && bits[end] == b) {
            end++;
        }
        return end;
    }

    private static boolean tailIs(byte lastByte, int tail, int value) {
        int mask = (1 << tail) - 1;
        return (lastByte & mask) == (value == 1 ? mask : 0);
    }

    private static void putRleRun(GrowableBytes out, int values, int value) {
        out.putVarint((long) values << 1);
        out.put(value);
    }

    private static void putBitPackedRun(GrowableBytes out, byte[] bits, int fromGroup, int groups) {
        out.putVarint((long) groups << 1 | 1);
        out.putBytes(bits, fromGroup, groups);
    }
}
