package vn.phoihop.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming CSV reader (RFC 4180): UTF-8 with or without BOM (invalid UTF-8 is an error, never
 * replaced), LF or CRLF line ends, quoted fields with doubled quotes and line breaks inside, the
 * delimiter detected from the header line among ',' ';' and TAB. Keeps the physical line where
 * each record starts. A quote inside an unquoted field is kept as a character.
 *
 * <p>Works on bytes: the characters that structure a CSV file are ASCII and never occur inside a
 * multi-byte UTF-8 sequence, so only the fields that hold non-ASCII text are decoded (strictly).
 */
final class CsvRecordReader {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final byte[] DELIMITER_CANDIDATES = {',', ';', '\t'};
    private static final byte QUOTE = '"';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean endOfInput;
    private final byte delimiter;
    /** Physical line of the byte at {@code position}. */
    private long line = 1;
    private String[] fields = new String[16];
    /** A field that spans buffer refills, or holds doubled quotes. */
    private byte[] spill = new byte[256];
    private int spillSize;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    CsvRecordReader(InputStream input) throws IOException {
        this.in = input;
        fill();
        if (limit >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
            position = 3;
        }
        delimiter = detectDelimiter();
    }

    char delimiter() {
        return (char) delimiter;
    }

    /** Reads the whole input; the first record is the header. */
    void read(RecordHandler handler) throws IOException {
        boolean first = true;
        while (ensure()) {
            long start = line;
            int count;
            try {
                count = readRecord();
            } catch (MalformedRecord malformed) {
                if (first) {
                    // a header that cannot be split is no header
                    handler.header(start, fields, 0);
                    return;
                }
                handler.malformed(start, malformed.problem);
                if (malformed.problem == Problem.UNCLOSED_QUOTE) {
                    return;
                }
                continue;
            }
            if (first) {
                first = false;
                if (!handler.header(start, fields, count)) {
                    return;
                }
            } else {
                handler.record(start, fields, count);
            }
        }
    }

    /** Reads one record into {@link #fields}; the input is not at its end. */
    private int readRecord() throws IOException {
        int count = 0;
        while (true) {
            String value;
            if (ensure() && buffer[position] == QUOTE) {
                position++;
                value = readQuoted();
            } else {
                value = readUnquoted();
            }
            if (count == fields.length) {
                fields = Arrays.copyOf(fields, count * 2);
            }
            fields[count++] = value;
            if (!ensure()) {
                return count;
            }
            if (buffer[position] == delimiter) {
                position++;
                if (!ensure()) {
                    // a delimiter at the very end: one more, empty, field
                    if (count == fields.length) {
                        fields = Arrays.copyOf(fields, count * 2);
                    }
                    fields[count++] = "";
                    return count;
                }
            } else {
                consumeLineEnd();
                return count;
            }
        }
    }

    /** Up to the next delimiter or line end; the buffer position is left on it. */
    private String readUnquoted() throws IOException {
        spillSize = 0;
        while (true) {
            int start = position;
            while (position < limit) {
                byte b = buffer[position];
                if (b == delimiter || b == LF || b == CR) {
                    if (spillSize == 0) {
                        return text(buffer, start, position - start);
                    }
                    toSpill(start, position - start);
                    return text(spill, 0, spillSize);
                }
                position++;
            }
            toSpill(start, position - start);
            if (!ensure()) {
                return text(spill, 0, spillSize);
            }
        }
    }

    /**
     * After the opening quote, up to and including the closing quote. Counts the line ends inside
     * (CRLF once, a lone CR or LF once) so that the next record knows its physical line.
     */
    private String readQuoted() throws IOException {
        spillSize = 0;
        boolean afterCarriageReturn = false;
        while (true) {
            int start = position;
            while (position < limit) {
                byte b = buffer[position];
                if (b == QUOTE) {
                    break;
                }
                if (b == LF) {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    afterCarriageReturn = false;
                } else if (b == CR) {
                    line++;
                    afterCarriageReturn = true;
                } else {
                    afterCarriageReturn = false;
                }
                position++;
            }
            toSpill(start, position - start);
            if (position == limit) {
                if (!ensure()) {
                    throw new MalformedRecord(Problem.UNCLOSED_QUOTE);
                }
                continue;
            }
            afterCarriageReturn = false;
            position++;
            if (ensure() && buffer[position] == QUOTE) {
                toSpill(position, 1);
                position++;
                continue;
            }
            if (ensure()) {
                byte next = buffer[position];
                if (next != delimiter && next != LF && next != CR) {
                    skipRestOfPhysicalLine();
                    throw new MalformedRecord(Problem.MALFORMED_QUOTES);
                }
            }
            return text(spill, 0, spillSize);
        }
    }

    private void toSpill(int from, int length) {
        if (spillSize + length > spill.length) {
            spill = Arrays.copyOf(spill, Math.max(spill.length * 2, spillSize + length));
        }
        System.arraycopy(buffer, from, spill, spillSize, length);
        spillSize += length;
    }

    /**
     * The bytes as text, strictly UTF-8. The JDK's decoder is fast but replaces bad bytes with
     * U+FFFD; only when that character appears is the field decoded again strictly, to tell a
     * real U+FFFD from invalid input.
     */
    private String text(byte[] bytes, int from, int length) throws CharacterCodingException {
        String text = new String(bytes, from, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                return decoder.decode(ByteBuffer.wrap(bytes, from, length)).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidUtf8(line);
            }
        }
        return text;
    }

    private void consumeLineEnd() throws IOException {
        byte b = buffer[position++];
        line++;
        if (b == CR && ensure() && buffer[position] == LF) {
            position++;
        }
    }

    private void skipRestOfPhysicalLine() throws IOException {
        while (ensure()) {
            byte b = buffer[position];
            if (b == LF || b == CR) {
                consumeLineEnd();
                return;
            }
            position++;
        }
    }

    /** True when a byte is available at {@code position}, refilling as needed. */
    private boolean ensure() throws IOException {
        if (position < limit) {
            return true;
        }
        if (endOfInput) {
            return false;
        }
        fill();
        return position < limit;
    }

    private void fill() throws IOException {
        position = 0;
        limit = 0;
        while (limit == 0) {
            int read = in.readNBytes(buffer, 0, buffer.length);
            if (read < buffer.length) {
                endOfInput = true;
            }
            limit = read;
            if (endOfInput) {
                return;
            }
        }
    }

    /** The candidate that occurs most often outside quotes in the first line; ',' when none does. */
    private byte detectDelimiter() {
        int[] counts = new int[DELIMITER_CANDIDATES.length];
        boolean quoted = false;
        for (int i = position; i < limit; i++) {
            byte b = buffer[i];
            if (b == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (b == LF || b == CR)) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITER_CANDIDATES.length; k++) {
                    if (b == DELIMITER_CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITER_CANDIDATES[best];
    }

    /** A record that cannot be split into fields; the reader goes on with the next one. */
    private static final class MalformedRecord extends RuntimeException {
        private final transient Problem problem;

        MalformedRecord(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }
    }

    /** Bytes that are not UTF-8: the file is not what the exchange format says it is. */
    static final class InvalidUtf8 extends CharacterCodingException {
        private final long line;

        InvalidUtf8(long line) {
            this.line = line;
        }

        @Override
        public String getMessage() {
            return "not valid UTF-8 (line " + line + ")";
        }
    }
}
