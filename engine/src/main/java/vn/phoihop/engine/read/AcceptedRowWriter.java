package vn.phoihop.engine.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Accepted rows in their stored form as a plain CSV (comma, RFC 4180 quoting, no header, an
 * empty field for an absent value, the source line last), for DuckDB to read with an explicit
 * type per column. Values are never empty strings: an empty cell is absent by definition.
 * Encodes UTF-8 itself into a byte buffer: the Writer chain costs more than the parsing.
 */
final class AcceptedRowWriter implements Closeable {

    private static final int BUFFER_SIZE = 1 << 20;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int size;
    private boolean[] mayNeedQuotes = new boolean[0];

    AcceptedRowWriter(Path path) throws IOException {
        this.out = Files.newOutputStream(path);
    }

    /**
     * Which output slots hold free text; the others hold ASCII that never contains a comma,
     * quote or line end. Must be called before the first row.
     */
    void textSlots(boolean[] mayNeedQuotes) {
        this.mayNeedQuotes = mayNeedQuotes.clone();
    }

    void write(String[] values, int count, long sourceLine) throws IOException {
        for (int i = 0; i < count; i++) {
            String value = values[i];
            if (value != null) {
                if (mayNeedQuotes[i]) {
                    if (needsQuotes(value)) {
                        writeQuoted(value);
                    } else {
                        writeText(value);
                    }
                } else {
                    writeAscii(value);
                }
            }
            writeByte(',');
        }
        writeNumber(sourceLine);
        writeByte('\n');
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

    /** Identifiers, dates and numbers in stored form are ASCII by construction. */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies the low byte of each char: exact for ASCII
    private void writeAscii(String value) throws IOException {
        int length = value.length();
        if (size + length > BUFFER_SIZE) {
            flushBuffer();
        }
        value.getBytes(0, length, buffer, size);
        size += length;
    }

    private void writeQuoted(String value) throws IOException {
        writeByte('"');
        writeText(value.replace("\"", "\"\""));
        writeByte('"');
    }

    private void writeText(String value) throws IOException {
        int length = value.length();
        if (size + length * 3 > BUFFER_SIZE) {
            flushBuffer();
            if (length * 3 > BUFFER_SIZE) {
                out.write(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xC0 | (c >> 6));
                buffer[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                buffer[size++] = (byte) (0xF0 | (codePoint >> 18));
                buffer[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                buffer[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                buffer[size++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                buffer[size++] = (byte) (0xE0 | (c >> 12));
                buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void writeNumber(long value) throws IOException {
        if (size + 20 > BUFFER_SIZE) {
            flushBuffer();
        }
        int start = size;
        long rest = value;
        do {
            buffer[size++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte swap = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = swap;
        }
    }

    private void writeByte(char c) throws IOException {
        if (size == BUFFER_SIZE) {
            flushBuffer();
        }
        buffer[size++] = (byte) c;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
