package vn.phoihop.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The lines of a commune import ({@code commune_code,name,province_code[,valid_from]}), read
 * without the database: each line is a row or the reason it is rejected. Whatever the bytes, the
 * answer is one of the two (a fuzz target holds it to that).
 */
final class CommuneCsv {

    static final String HEADER = "commune_code,name,province_code";
    /** The width of {@code admin_unit.name_vi}. */
    static final int MAX_NAME = 200;
    /** Communes created by the 2025 reorganisation exist from 01/07/2025 unless a date is given. */
    static final LocalDate DEFAULT_VALID_FROM = LocalDate.of(2025, 7, 1);

    /** A commune to import, from line {@code line}. */
    record Row(int line, String code, String name, String province, LocalDate validFrom) {
    }

    /** Exactly one of {@code row} and {@code rejection} is set. */
    record Parsed(Row row, String rejection) {
        static Parsed rejected(int line, String reason) {
            return new Parsed(null, line + ": " + reason);
        }
    }

    private CommuneCsv() {
    }

    /** Whether the first line is the expected header (a byte-order mark and case are ignored). */
    static boolean headerOk(String header) {
        return header != null
                && header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).startsWith(HEADER);
    }

    /** Parses one data line; blank lines are not passed here. */
    static Parsed parse(String line, int number) {
        String[] cells = line.split(",", -1);
        if (cells.length < 3) {
            return Parsed.rejected(number, "expected 3 or 4 columns");
        }
        String code = cells[0].trim();
        String name = cells[1].trim();
        String province = cells[2].trim();
        if (!code.matches("\\d{5}")) {
            return Parsed.rejected(number, "commune code must have 5 digits: " + abbreviate(code));
        }
        if (name.isEmpty()) {
            return Parsed.rejected(number, "name is empty");
        }
        if (name.length() > MAX_NAME) {
            return Parsed.rejected(number, "name is longer than " + MAX_NAME + " characters");
        }
        if (!province.matches("\\d{2}")) {
            return Parsed.rejected(number, "unknown province code " + abbreviate(province));
        }
        LocalDate validFrom = DEFAULT_VALID_FROM;
        if (cells.length > 3 && !cells[3].isBlank()) {
            try {
                validFrom = LocalDate.parse(cells[3].trim());
            } catch (DateTimeParseException e) {
                return Parsed.rejected(number, "valid_from must be YYYY-MM-DD");
            }
        }
        return new Parsed(new Row(number, code, name, province, validFrom), null);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
