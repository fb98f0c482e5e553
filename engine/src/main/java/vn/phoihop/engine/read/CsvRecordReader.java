package vn.phoihop.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming CSV reader (RFC 4180): UTF-8 with or without BOM (invalid UTF-8 is an error, never
 * replaced), LF or CRLF line ends, quoted fields with doubled quotes and line breaks inside, the
 * delimiter detected from the header line among ',' ';' and TAB. Keeps the physical line where
 * each record starts. A quote inside an unquoted field is kept as a character.
 */
final class CsvRecordReader {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final char[] DELIMITER_CANDIDATES = {',', ';', '\t'};

    private final Reader in;
    private final char[] buffer = new char[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean endOfInput;
    private char delimiter;
    /** Physical line of the character at {@code position}. */
    private long line = 1;
    private String[] fields = new String[16];
    private final StringBuilder spill = new StringBuilder();

    CsvRecordReader(InputStream input) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new InputStreamReader(input, decoder);
        try {
            fill();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 near line 1", e);
        }
        if (limit > 0 && buffer[0] == '\uFEFF') {
            position = 1;
        }
        delimiter = detectDelimiter();
    }

    char delimiter() {
        return delimiter;
    }

    /** Reads the whole input; the first record is the header. */
    void read(RecordHandler handler) throws IOException {
        try {
            readRecords(handler);
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 near line " + line, e);
        }
    }

    private void readRecords(RecordHandler handler) throws IOException {
        boolean first = true;
        while (true) {
            if (!ensure()) {
                return;
            }
            long start = line;
            int count;
            try {
                count = readRecord();
            } catch (MalformedRecord malformed) {
                if (first) {
                    // a header that cannot be split is no header: refuse via an empty header
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
            if (ensure() && buffer[position] == '"') {
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
            char c = buffer[position];
            if (c == delimiter) {
                position++;
                if (!ensure()) {
                    // a delimiter at the very end: one more, empty, field
                    addEmpty(count++);
                    return count;
                }
            } else {
                consumeLineEnd();
                return count;
            }
        }
    }

    private void addEmpty(int index) {
        if (index == fields.length) {
            fields = Arrays.copyOf(fields, index * 2);
        }
        fields[index] = "";
    }

    /** Up to the next delimiter or line end; the buffer position is left on it. */
    private String readUnquoted() throws IOException {
        spill.setLength(0);
        while (true) {
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == delimiter || c == '\n' || c == '\r') {
                    if (spill.length() == 0) {
                        return new String(buffer, start, position - start);
                    }
                    spill.append(buffer, start, position - start);
                    return spill.toString();
                }
                position++;
            }
            spill.append(buffer, start, position - start);
            if (!ensure()) {
                return spill.toString();
            }
        }
    }

    /**
     * After the opening quote, up to and including the closing quote. Counts the line ends inside
     * (CRLF once, a lone CR or LF once) so that the next record knows its physical line.
     */
    private String readQuoted() throws IOException {
        spill.setLength(0);
        boolean afterCarriageReturn = false;
        while (true) {
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == '"') {
                    break;
                }
                if (c == '\n') {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    afterCarriageReturn = false;
                } else if (c == '\r') {
                    line++;
                    afterCarriageReturn = true;
                } else {
                    afterCarriageReturn = false;
                }
                position++;
            }
            spill.append(buffer, start, position - start);
            if (position == limit) {
                if (!ensure()) {
                    throw new MalformedRecord(Problem.UNCLOSED_QUOTE);
                }
                continue;
            }
            afterCarriageReturn = false;
            position++;
            if (ensure() && buffer[position] == '"') {
                spill.append('"');
                position++;
                continue;
            }
            if (ensure()) {
                char next = buffer[position];
                if (next != delimiter && next != '\n' && next != '\r') {
                    skipRestOfPhysicalLine();
                    throw new MalformedRecord(Problem.MALFORMED_QUOTES);
                }
            }
            return spill.toString();
        }
    }

    private void consumeLineEnd() throws IOException {
        char c = buffer[position++];
        line++;
        if (c == '\r' && ensure() && buffer[position] == '\n') {
            position++;
        }
    }

    private void skipRestOfPhysicalLine() throws IOException {
        while (ensure()) {
            char c = buffer[position];
            if (c == '\n' || c == '\r') {
                consumeLineEnd();
                return;
            }
            position++;
        }
    }

    /** True when a character is available at {@code position}, refilling as needed. */
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
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                endOfInput = true;
                return;
            }
            limit = read;
        }
    }

    /** The candidate that occurs most often outside quotes in the first line; ',' when none does. */
    private char detectDelimiter() {
        int[] counts = new int[DELIMITER_CANDIDATES.length];
        boolean quoted = false;
        for (int i = position; i < limit; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITER_CANDIDATES.length; k++) {
                    if (c == DELIMITER_CANDIDATES[k]) {
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

    private static final class MalformedRecord extends RuntimeException {
        private final transient Problem problem;

        MalformedRecord(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }
    }
}
