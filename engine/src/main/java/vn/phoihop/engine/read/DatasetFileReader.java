package vn.phoihop.engine.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.phoihop.engine.catalog.Column;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.parquet.ParquetWriter;

/**
 * Validates the records of one file of one dataset: maps the header to the catalogue, checks
 * every cell and every key, and sends each row either to the accepted rows or to the rejects.
 */
final class DatasetFileReader implements RecordHandler {

    /** How often the progress callback hears of the rows read so far. */
    static final long PROGRESS_EVERY_ROWS = 100_000;

    // Personal-id digit 4 encodes century and gender (legal.md, Law on Identification 26/2023):
    // 0/1 = born 1900–1999 male/female, 2/3 = 2000–2099, 4/5 = 2100–2199, and so on.
    private static final int FIRST_CENTURY_CODED = 1900;
    private static final int CENTURY_DIGIT = 3;
    private static final int BIRTH_YEAR_DIGITS_FROM = 4;

    /**
     * Rows decided together: their keys are put into the index in one go, after reading ahead the
     * index slots they need (see {@link KeyIndex#prefetch}).
     */
    static final int PENDING_ROWS = 256;

    /** Bytes per row assumed when sizing the key index from a CSV file's size; short rows are ~40 bytes. */
    private static final long TYPICAL_ROW_BYTES = 48;

    private static final Comparator<RowIssue> BY_COLUMN = Comparator.comparing(RowIssue::column);

    private final Dataset dataset;
    private final String fileName;
    private final boolean shortRowsAllowed;
    private final ParquetWriter accepted;
    private final IssueWriter rejects;
    private final IssueWriter warnings;
    private final LoadProgress progress;

    private final Column[] columns;
    private final int[] slots;
    private final int[] keyColumns;
    private final int[] keySlots;
    private final int personalIdSlot;
    private final int genderSlot;
    private final int birthYearSlot;
    private final KeyIndex keys;

    private int[] cellIndex;
    private int headerCount;
    private boolean headerCalled;
    private boolean headerAccepted;
    /** Rows read but not yet decided, in the order of the file; see {@link #decidePending()}. */
    private final Pending[] pending = new Pending[PENDING_ROWS];
    private int pendingCount;
    private final int[] pendingHashes = new int[PENDING_ROWS];
    /** The stored values of the pending rows, row {@code i} for {@code pending[i]}. */
    private final RowValues values;
    private final int[] acceptedRows = new int[PENDING_ROWS];
    private final long[] acceptedLines = new long[PENDING_ROWS];
    /** The text form of a cell's stored values, when {@link CellValidator} decides. */
    private final String[] out;
    private final List<RowIssue> personalIdWarnings = new ArrayList<>();

    private long rowsRead;
    private long rowsAccepted;
    private long rowsRejected;
    private long warningCount;

    /**
     * @param shortRowsAllowed whether a row may have fewer cells than the header (XLSX: no trailing empty cells)
     * @param fileSize         the input's size in bytes, to size the key index; 0 when unknown
     */
    DatasetFileReader(Dataset dataset, String fileName, boolean shortRowsAllowed, ParquetWriter accepted,
                      IssueWriter rejects, IssueWriter warnings, LoadProgress progress, long fileSize) {
        this.keys = new KeyIndex(fileSize / TYPICAL_ROW_BYTES);
        this.dataset = dataset;
        this.fileName = fileName;
        this.shortRowsAllowed = shortRowsAllowed;
        this.accepted = accepted;
        this.rejects = rejects;
        this.warnings = warnings;
        this.progress = progress;
        this.columns = dataset.columns().toArray(Column[]::new);
        this.slots = new int[columns.length];
        int slot = 0;
        int personalId = -1;
        int gender = -1;
        int birthYear = -1;
        for (int i = 0; i < columns.length; i++) {
            slots[i] = slot;
            switch (columns[i].kind()) {
                case PERSONAL_ID -> personalId = slot;
                case GENDER -> gender = slot;
                case BIRTH_DATE -> birthYear = slot;
                default -> {
                    // no cross-check
                }
            }
            slot += switch (columns[i].kind()) {
                case FULL_NAME -> 2;
                case BIRTH_DATE -> 3;
                default -> 1;
            };
        }
        this.out = new String[slot];
        for (int i = 0; i < PENDING_ROWS; i++) {
            pending[i] = new Pending(i);
        }
        this.values = new RowValues(dataset.storedColumns(), PENDING_ROWS);
        this.personalIdSlot = personalId;
        this.genderSlot = gender;
        this.birthYearSlot = birthYear;
        this.keyColumns = dataset.keyColumns().stream().mapToInt(this::catalogIndex).toArray();
        this.keySlots = Arrays.stream(keyColumns).map(column -> slots[column]).toArray();
    }

    private int catalogIndex(String name) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The fields of the pending row the next record would become: read in place, never copied. */
    @Override
    public Fields nextFields() {
        return pending[pendingCount].fields;
    }

    // --- header

    @Override
    public boolean header(long line, Fields fields) {
        int count = fields.count();
        headerCalled = true;
        headerCount = count;
        cellIndex = new int[columns.length];
        Arrays.fill(cellIndex, -1);
        var unknown = new ArrayList<String>();
        var duplicated = new TreeSet<String>();
        var seen = new HashSet<String>();
        for (int i = 0; i < count; i++) {
            String name = fields.string(i).strip().toLowerCase(Locale.ROOT);
            int index = findColumn(name);
            if (index < 0) {
                unknown.add(name.isEmpty() ? "(" + (i + 1) + ")" : name);
            } else if (!seen.add(name)) {
                duplicated.add(name);
            } else {
                cellIndex[index] = i;
            }
        }
        Set<String> missing = new TreeSet<>();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].required() && cellIndex[i] < 0 && !duplicated.contains(columns[i].name())) {
                missing.add(columns[i].name());
            }
        }
        var fileIssues = new ArrayList<RowIssue>();
        for (String name : duplicated) {
            fileIssues.add(reject(line, name, "", new Invalid(Problem.DUPLICATE_COLUMN, name)));
        }
        for (String name : missing) {
            fileIssues.add(reject(line, name, "", new Invalid(Problem.MISSING_REQUIRED_COLUMN, name)));
        }
        if (count == 0 || (count == 1 && fields.string(0).isBlank())) {
            fileIssues.clear();
            fileIssues.add(reject(line, "", "", new Invalid(Problem.EMPTY_FILE)));
        }
        if (!fileIssues.isEmpty()) {
            fileIssues.sort(BY_COLUMN);
            fileIssues.forEach(this::write);
            return false;
        }
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown);
            write(new Warning(dataset.code(), fileName, line, "", names,
                    Problem.UNKNOWN_COLUMNS.vi(names), Problem.UNKNOWN_COLUMNS.en(names)));
        }
        headerAccepted = true;
        return true;
    }

    private int findColumn(String name) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    // --- rows

    @Override
    public void record(long line, Fields fields) {
        int count = fields.count();
        if (allEmpty(fields, 0, count)) {
            return;
        }
        rowsRead++;
        if (rowsRead % PROGRESS_EVERY_ROWS == 0) {
            progress.rowsRead(dataset.code(), rowsRead);
        }
        Pending row = nextPending(line);
        if (count > headerCount && !allEmpty(fields, headerCount, count)
                || count < headerCount && !shortRowsAllowed) {
            row.issues.add(reject(line, "", "", new Invalid(Problem.FIELD_COUNT, count, headerCount)));
        } else {
            validate(row); // the reader filled row.fields (nextFields)
        }
        if (pendingCount == PENDING_ROWS) {
            decidePending();
        }
    }

    /** Validates every cell of the row into its stored values, or lists what is wrong. */
    private void validate(Pending row) {
        values.startRow(row.index);
        byte[] bytes = row.fields.data();
        int count = row.fields.count();
        for (int i = 0; i < columns.length; i++) {
            int at = cellIndex[i];
            int from = at < 0 || at >= count ? 0 : row.fields.start(at);
            int to = at < 0 || at >= count ? 0 : row.fields.end(at);
            while (from < to && isAsciiWhitespace(bytes[from])) {
                from++;
            }
            while (to > from && isAsciiWhitespace(bytes[to - 1])) {
                to--;
            }
            Column column = columns[i];
            if (from == to) {
                clearSlots(i);
                if (column.required()) {
                    row.issues.add(reject(row.line, column.name(), "", new Invalid(Problem.REQUIRED_VALUE_MISSING)));
                }
                continue;
            }
            if (!maySurroundWithSpace(bytes, from, to)
                    && FastCellValidator.validate(column, bytes, from, to, values, slots[i])) {
                continue;
            }
            validateText(row, column, i, row.fields.string(at).strip());
        }
        if (row.issues.isEmpty()) {
            row.keyLength = values.makeKey(keySlots);
            row.keyHash = KeyIndex.hash(values.keys(), values.keyStart(row.index), row.keyLength);
        } else {
            row.issues.sort(BY_COLUMN);
        }
    }

    private Pending nextPending(long line) {
        if (pendingCount == 0) {
            values.startBatch();
        }
        Pending row = pending[pendingCount++];
        row.line = line;
        row.issues.clear();
        return row;
    }

    /**
     * Decides the pending rows in the order of the file: a row with issues is rejected, a row whose
     * key was seen before is rejected as a duplicate, any other row is accepted and written.
     */
    private void decidePending() {
        int keys = 0;
        for (int i = 0; i < pendingCount; i++) {
            if (pending[i].issues.isEmpty()) {
                pendingHashes[keys++] = pending[i].keyHash;
            }
        }
        this.keys.prefetch(pendingHashes, keys);
        int acceptedCount = 0;
        for (int i = 0; i < pendingCount; i++) {
            Pending row = pending[i];
            if (!row.issues.isEmpty()) {
                rejectRow(row.issues);
                continue;
            }
            long firstLine = this.keys.putIfAbsent(values.keys(), values.keyStart(i), row.keyLength, row.keyHash, row.line);
            if (firstLine != 0) {
                rejectRow(List.of(reject(row.line, String.join("+", dataset.keyColumns()), keyAsWritten(row.fields),
                        new Invalid(Problem.DUPLICATE_KEY, firstLine))));
                continue;
            }
            values.startRow(i);
            checkPersonalId(row.line);
            acceptedRows[acceptedCount] = i;
            acceptedLines[acceptedCount++] = row.line;
        }
        try {
            values.writeTo(accepted, acceptedRows, acceptedLines, acceptedCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rowsAccepted += acceptedCount;
        pendingCount = 0;
    }

    /** The definition ({@link CellValidator}) decides, for a value the fast path did not accept. */
    private void validateText(Pending row, Column column, int columnIndex, String value) {
        if (value.isEmpty()) {
            clearSlots(columnIndex);
            if (column.required()) {
                row.issues.add(reject(row.line, column.name(), "", new Invalid(Problem.REQUIRED_VALUE_MISSING)));
            }
            return;
        }
        int slot = slots[columnIndex];
        Invalid invalid = CellValidator.validate(column, value, out, slot);
        if (invalid != null) {
            row.issues.add(reject(row.line, column.name(), value, invalid));
            return;
        }
        for (int k = 0; k < width(columnIndex); k++) {
            values.setStored(slot + k, out[slot + k]);
        }
    }

    @Override
    public void malformed(long line, Problem problem) {
        rowsRead++;
        nextPending(line).issues.add(reject(line, "", "", new Invalid(problem)));
        if (pendingCount == PENDING_ROWS) {
            decidePending();
        }
    }

    private void rejectRow(List<RowIssue> issues) {
        rowsRejected++;
        issues.forEach(this::write);
    }

    private void clearSlots(int columnIndex) {
        for (int k = 0; k < width(columnIndex); k++) {
            values.setNull(slots[columnIndex] + k);
        }
    }

    /** How many stored columns a column of the file becomes. */
    private int width(int columnIndex) {
        return switch (columns[columnIndex].kind()) {
            case FULL_NAME -> 2;
            case BIRTH_DATE -> 3;
            default -> 1;
        };
    }

    /** The key as the sender wrote it, for the reject. */
    private String keyAsWritten(Fields fields) {
        var values = new ArrayList<String>();
        for (int column : keyColumns) {
            values.add(fields.string(cellIndex[column]).strip());
        }
        return String.join("|", values);
    }

    /** Warnings when the personal id's century/gender digit or birth-year digits contradict the row. */
    private void checkPersonalId(long line) {
        RowValues row = values;
        if (personalIdSlot < 0 || !row.isPresent(personalIdSlot)) {
            return;
        }
        int centuryDigit = row.byteAt(personalIdSlot, CENTURY_DIGIT) - '0';
        List<RowIssue> warnings = personalIdWarnings;
        warnings.clear();
        if (genderSlot >= 0 && row.isPresent(genderSlot)) {
            String coded = centuryDigit % 2 == 0 ? "M" : "F";
            String stored = row.byteAt(genderSlot, 0) == 'M' ? "M" : "F";
            if (!coded.equals(stored)) {
                warnings.add(warning(line, row.string(personalIdSlot), new Invalid(Problem.PERSONAL_ID_GENDER,
                        centuryDigit, genderWord(coded), genderWord(stored))));
            }
        }
        if (birthYearSlot >= 0 && row.isPresent(birthYearSlot)) {
            int birthYear = (int) row.number(birthYearSlot);
            int centuryStart = FIRST_CENTURY_CODED + centuryDigit / 2 * 100;
            if (birthYear < centuryStart || birthYear >= centuryStart + 100) {
                warnings.add(warning(line, row.string(personalIdSlot), new Invalid(Problem.PERSONAL_ID_CENTURY,
                        centuryDigit, centuryStart + "–" + (centuryStart + 99), birthYear)));
            }
            int codedYear = (row.byteAt(personalIdSlot, BIRTH_YEAR_DIGITS_FROM) - '0') * 10
                    + row.byteAt(personalIdSlot, BIRTH_YEAR_DIGITS_FROM + 1) - '0';
            if (codedYear != birthYear % 100) {
                String personalId = row.string(personalIdSlot);
                warnings.add(warning(line, personalId, new Invalid(Problem.PERSONAL_ID_BIRTH_YEAR,
                        personalId.substring(BIRTH_YEAR_DIGITS_FROM, BIRTH_YEAR_DIGITS_FROM + 2), birthYear)));
            }
        }
        warnings.forEach(this::write);
    }

    private static String genderWord(String stored) {
        return stored.equals("M") ? "Nam" : "Nữ";
    }

    private Reject reject(long line, String column, String value, Invalid invalid) {
        return new Reject(dataset.code(), fileName, line, column, value, invalid.messageVi(), invalid.messageEn());
    }

    private Warning warning(long line, String personalId, Invalid invalid) {
        String column = columns[findColumn("personal_id")].name();
        return new Warning(dataset.code(), fileName, line, column, personalId, invalid.messageVi(), invalid.messageEn());
    }

    private void write(RowIssue issue) {
        try {
            if (issue instanceof Warning) {
                warnings.write(issue);
                warningCount++;
            } else {
                rejects.write(issue);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The white space {@link String#strip()} removes, within ASCII. */
    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b >= 0x09 && b <= 0x0D || b >= 0x1C && b <= 0x1F;
    }

    /**
     * Whether the value may begin or end with white space beyond ASCII (U+3000, U+2002, ...),
     * which {@link String#strip()} removes: then the text path decides.
     */
    private static boolean maySurroundWithSpace(byte[] bytes, int from, int to) {
        return isWhitespaceLead(bytes[from]) && Character.isWhitespace(Utf8.codePointAt(bytes, from))
                || to - from >= 3 && isWhitespaceLead(bytes[to - 3]) && Character.isWhitespace(Utf8.codePointAt(bytes, to - 3));
    }

    /**
     * Whether a character starting with this byte may be white space beyond ASCII: all of them
     * (U+1680, U+2000–U+205F, U+3000) are three bytes long and start with E1, E2 or E3; a byte of
     * that value is always the first of three.
     */
    private static boolean isWhitespaceLead(byte b) {
        int value = b & 0xff;
        return value >= 0xE1 && value <= 0xE3;
    }

    /** Whether the fields {@code [from, to)} hold nothing but white space. */
    private static boolean allEmpty(Fields fields, int from, int to) {
        byte[] bytes = fields.data();
        for (int i = from; i < to; i++) {
            boolean beyondAscii = false;
            for (int k = fields.start(i); k < fields.end(i); k++) {
                byte b = bytes[k];
                if (b < 0) {
                    beyondAscii = true;
                } else if (!isAsciiWhitespace(b)) {
                    return false;
                }
            }
            if (beyondAscii && !fields.string(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** After the last record: the pending rows are decided; a file without even a header line is refused. */
    void endOfFile() {
        decidePending();
        if (!headerCalled) {
            header(1, new Fields());
        }
        if (headerAccepted) {
            progress.rowsRead(dataset.code(), rowsRead);
        }
    }

    // --- results

    boolean headerAccepted() {
        return headerAccepted;
    }

    long rowsRead() {
        return rowsRead;
    }

    long rowsAccepted() {
        return rowsAccepted;
    }

    long rowsRejected() {
        return rowsRejected;
    }

    long warnings() {
        return warningCount;
    }

    /** A row read but not yet decided: its record, its key, or its issues; its values are in {@link #values}. */
    private static final class Pending {
        final Fields fields = new Fields();
        /** The row's place in the batch, and in {@link #values}. */
        final int index;
        final List<RowIssue> issues = new ArrayList<>();
        long line;
        int keyLength;
        int keyHash;

        Pending(int index) {
            this.index = index;
        }
    }
}
