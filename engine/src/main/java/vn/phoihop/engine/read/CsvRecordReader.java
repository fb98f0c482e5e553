package vn.phoihop.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * A streaming CSV reader (RFC 4180): UTF-8 with or without BOM (invalid UTF-8 is an error, never
 * replaced), LF or CRLF line ends, quoted fields with doubled quotes and line breaks inside, the
 * delimiter detected from the header line among ',' ';' and TAB. Keeps the physical line where
 * each record starts. A quote inside an unquoted field is kept as a character.
 *
 * <p>Works on bytes and hands over bytes ({@link Fields}): the characters that structure a CSV file
 * are ASCII and never occur inside a multi-byte UTF-8 sequence; only the fields that hold non-ASCII
 * text are checked to be strict UTF-8, and nothing is decoded here.
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
    private Fields fields;

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
            fields = handler.nextFields();
            try {
                readRecord();
            } catch (MalformedRecord malformed) {
                if (first) {
                    // a header that cannot be split is no header
                    fields.clear();
                    handler.header(start, fields);
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
                if (!handler.header(start, fields)) {
                    return;
                }
            } else {
                handler.record(start, fields);
            }
        }
    }

    /** Reads one record into {@link #fields}; the input is not at its end. */
    private void readRecord() throws IOException {
        fields.clear();
        while (true) {
            if (ensure() && buffer[position] == QUOTE) {
                position++;
                readQuoted();
            } else {
                readUnquoted();
            }
            fields.endField();
            if (!ensure()) {
                return;
            }
            if (buffer[position] == delimiter) {
                position++;
                if (!ensure()) {
                    // a delimiter at the very end: one more, empty, field
                    fields.endField();
                    return;
                }
            } else {
                consumeLineEnd();
                return;
            }
        }
    }

    /** Up to the next delimiter or line end; the buffer position is left on it. */
    private void readUnquoted() throws IOException {
        int fieldStart = fields.size();
        int high = 0;
        while (true) {
            int start = position;
            while (position < limit) {
                byte b = buffer[position];
                if (b == delimiter || b == LF || b == CR) {
                    fields.append(buffer, start, position - start);
                    checkUtf8(fieldStart, high);
                    return;
                }
                high |= b;
                position++;
            }
            fields.append(buffer, start, position - start);
            if (!ensure()) {
                checkUtf8(fieldStart, high);
                return;
            }
        }
    }

    /**
     * After the opening quote, up to and including the closing quote. Counts the line ends inside
     * (CRLF once, a lone CR or LF once) so that the next record knows its physical line.
     */
    private void readQuoted() throws IOException {
        int fieldStart = fields.size();
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
            fields.append(buffer, start, position - start);
            if (position == limit) {
                if (!ensure()) {
                    throw new MalformedRecord(Problem.UNCLOSED_QUOTE);
                }
                continue;
            }
            afterCarriageReturn = false;
            position++;
            if (ensure() && buffer[position] == QUOTE) {
                fields.append(buffer, position, 1);
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
            checkUtf8(fieldStart, -1);
            return;
        }
    }

    /**
     * Strict UTF-8 for the field begun at {@code fieldStart}: the file is refused at the first
     * byte sequence that is not UTF-8 (never replaced). {@code high} is negative when a byte of
     * the field may be beyond ASCII.
     */
    private void checkUtf8(int fieldStart, int high) throws InvalidUtf8 {
        if (high < 0 && !Utf8.isValid(fields.data(), fieldStart, fields.size())) {
            throw new InvalidUtf8(line);
        }
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
