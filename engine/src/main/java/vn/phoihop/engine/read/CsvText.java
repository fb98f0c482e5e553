package vn.phoihop.engine.read;

import java.io.IOException;
import java.io.Writer;

/** Writing one CSV field (RFC 4180): quoted only when it must be, quotes doubled. */
final class CsvText {

    private CsvText() {
    }

    static void writeField(Writer out, String value) throws IOException {
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '"') {
                out.write(value, from, i + 1 - from);
                out.write('"');
                from = i + 1;
            }
        }
        out.write(value, from, value.length() - from);
        out.write('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
