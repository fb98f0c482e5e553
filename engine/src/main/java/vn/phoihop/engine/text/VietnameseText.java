package vn.phoihop.engine.text;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of Vietnamese names for matching (rules.md, "Name match"). */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * {@code norm(name)}: Unicode NFC, lower-case, every diacritic removed (decompose and drop
     * combining marks; {@code đ} → {@code d}), white space collapsed to one space, trimmed.
     * NFC/NFD input and old/new tone-mark placement ({@code Hoà}/{@code Hòa}) give the same result.
     */
    public static String norm(String name) {
        if (isAscii(name)) {
            return collapseWhiteSpace(name.toLowerCase(Locale.ROOT));
        }
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                    // a diacritic: dropped
                }
                default -> out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
            }
        }
        return collapseWhiteSpace(out);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String collapseWhiteSpace(CharSequence s) {
        var out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
