package vn.phoihop.engine.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of Vietnamese names for matching (rules.md, "Name match"). */
public final class VietnameseText {

    /** In {@link #FOLDED}: the character is a combining mark and disappears. */
    private static final char DROP = 0;
    /** In {@link #FOLDED}: the character needs the full Unicode algorithm. */
    private static final char SLOW = 0xFFFF;
    /** In {@link #FOLDED}: the character is white space (one table read instead of two Unicode look-ups). */
    private static final char SPACE = 0xFFFE;
    /** Latin letters with Vietnamese (and other) diacritics live below U+0250 and in U+1E00–U+1EFF. */
    private static final int TABLE_SIZE = 0x1F00;
    /**
     * Each character up to {@link #TABLE_SIZE} folded on its own by the full algorithm, computed
     * once: names are normalised by the million, the Unicode normaliser is too slow for that.
     */
    private static final char[] FOLDED = foldingTable();

    private VietnameseText() {
    }

    /**
     * {@code norm(name)}: Unicode NFC, lower-case, every diacritic removed (decompose and drop
     * combining marks; {@code đ} → {@code d}), white space collapsed to one space, trimmed.
     * NFC/NFD input and old/new tone-mark placement ({@code Hoà}/{@code Hòa}) give the same result.
     */
    public static String norm(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isSurrogate(name.charAt(i))) {
                return slowNorm(name); // beyond the BMP (or a lone surrogate UTF-8 cannot carry)
            }
        }
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[2 * utf8.length];
        int end = normUtf8(utf8, 0, utf8.length, out, 0);
        return end < 0 ? slowNorm(name) : new String(out, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * {@link #norm} of the UTF-8 text {@code in[from, to)}, written as UTF-8 into {@code out} from
     * {@code outAt}, which must have room for {@code 2 * (to - from)} bytes. The loader normalises
     * names this way without decoding them.
     *
     * @return the end of the result in {@code out}, or -1 when the text needs the full algorithm
     *         ({@link #norm} of the decoded text gives the answer then)
     */
    public static int normUtf8(byte[] in, int from, int to, byte[] out, int outAt) {
        int at = outAt;
        boolean pendingSpace = false;
        int i = from;
        while (i < to) {
            int lead = in[i] & 0xff;
            int c;
            if (lead < 0x80) {
                c = lead;
                i++;
            } else if (lead < 0xE0) {
                c = (lead & 0x1F) << 6 | in[i + 1] & 0x3F;
                i += 2;
            } else if (lead < 0xF0) {
                c = (lead & 0x0F) << 12 | (in[i + 1] & 0x3F) << 6 | in[i + 2] & 0x3F;
                i += 3;
            } else {
                return -1; // beyond the BMP: the full algorithm
            }
            char folded = c < TABLE_SIZE ? FOLDED[c] : isSpace((char) c) ? SPACE : SLOW;
            if (folded == SPACE) {
                pendingSpace = at > outAt;
                continue;
            }
            if (folded == SLOW) {
                return -1;
            }
            if (folded == DROP) {
                continue;
            }
            if (pendingSpace) {
                out[at++] = ' ';
                pendingSpace = false;
            }
            at = putUtf8(out, at, folded);
        }
        return at;
    }

    private static int putUtf8(byte[] out, int at, char c) {
        if (c < 0x80) {
            out[at] = (byte) c;
            return at + 1;
        }
        if (c < 0x800) {
            out[at] = (byte) (0xC0 | c >> 6);
            out[at + 1] = (byte) (0x80 | c & 0x3F);
            return at + 2;
        }
        out[at] = (byte) (0xE0 | c >> 12);
        out[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at + 2] = (byte) (0x80 | c & 0x3F);
        return at + 3;
    }

    /** The definition, step by step. */
    static String slowNorm(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (!isMark(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
            }
        }
        return out.toString();
    }

    private static char[] foldingTable() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            if (isSpace((char) c)) {
                table[c] = SPACE;
            } else if (isMark((char) c)) {
                table[c] = DROP;
            } else {
                String folded = slowNorm(String.valueOf((char) c));
                table[c] = folded.length() == 1 && folded.charAt(0) != SLOW && folded.charAt(0) != SPACE ? folded.charAt(0) : SLOW;
            }
        }
        return table;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
