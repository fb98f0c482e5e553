package vn.phoihop.engine.read;

/**
 * Strict UTF-8 (RFC 3629), as the JDK's decoder with {@code REPORT} judges it: no overlong forms,
 * no surrogates, nothing beyond U+10FFFF, no stray or missing continuation bytes.
 */
final class Utf8 {

    private Utf8() {
    }

    static boolean isValid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xff;
            if (lead >= 0xC2 && lead <= 0xDF) {
                if (i + 1 >= to || !isContinuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                if (i + 2 >= to) {
                    return false;
                }
                int second = bytes[i + 1] & 0xff;
                boolean secondValid = lead == 0xE0 ? second >= 0xA0 && second <= 0xBF
                        : lead == 0xED ? second >= 0x80 && second <= 0x9F // not a surrogate
                        : isContinuation(bytes[i + 1]);
                if (!secondValid || !isContinuation(bytes[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                if (i + 3 >= to) {
                    return false;
                }
                int second = bytes[i + 1] & 0xff;
                boolean secondValid = lead == 0xF0 ? second >= 0x90 && second <= 0xBF
                        : lead == 0xF4 ? second >= 0x80 && second <= 0x8F // at most U+10FFFF
                        : isContinuation(bytes[i + 1]);
                if (!secondValid || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The code point whose encoding starts at {@code at} (valid UTF-8 assumed).
     */
    static int codePointAt(byte[] bytes, int at) {
        int lead = bytes[at] & 0xff;
        if (lead < 0x80) {
            return lead;
        }
        if (lead < 0xE0) {
            return (lead & 0x1F) << 6 | bytes[at + 1] & 0x3F;
        }
        if (lead < 0xF0) {
            return (lead & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F;
        }
        return (lead & 0x07) << 18 | (bytes[at + 1] & 0x3F) << 12 | (bytes[at + 2] & 0x3F) << 6 | bytes[at + 3] & 0x3F;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
