package vn.phoihop.engine.read;

import java.util.List;
import vn.phoihop.engine.catalog.Column;
import vn.phoihop.engine.text.VietnameseText;

/**
 * The common, valid forms of each kind of cell, recognised on the UTF-8 bytes and stored without
 * making a string. It only ever accepts: anything it does not recognise (an invalid value, a
 * rare form such as a decomposed "Nữ" or a name that needs the full Unicode algorithm) goes to
 * {@link CellValidator}, which is the definition and writes the message of a rejected value. For
 * every value it accepts, it stores exactly what {@link CellValidator} stores (tested).
 */
final class FastCellValidator {

    private static final byte[] MALE = {'M'};
    private static final byte[] FEMALE = {'F'};

    private FastCellValidator() {
    }

    /**
     * @param bytes the record's bytes; the value is {@code [from, to)}, stripped, not empty
     * @return true when the value is valid and stored from {@code slot} on; false when
     *         {@link CellValidator} must decide
     */
    static boolean validate(Column column, byte[] bytes, int from, int to, RowValues row, int slot) {
        return switch (column.kind()) {
            case PERSONAL_ID -> digits(bytes, from, to, CellValidator.PERSONAL_ID_DIGITS, row, slot);
            case OLD_ID_NUMBER -> digits(bytes, from, to, CellValidator.OLD_ID_NUMBER_DIGITS, row, slot);
            case SOCIAL_INSURANCE_CODE -> digits(bytes, from, to, CellValidator.SOCIAL_INSURANCE_CODE_DIGITS, row, slot);
            case PROVINCE_CODE -> digits(bytes, from, to, CellValidator.PROVINCE_CODE_DIGITS, row, slot);
            case COMMUNE_CODE -> digits(bytes, from, to, CellValidator.COMMUNE_CODE_DIGITS, row, slot);
            case TAX_CODE -> taxCode(bytes, from, to, row, slot);
            case UNIT_CODE -> unitCode(bytes, from, to, row, slot);
            case CODE -> code(bytes, from, to, row, slot);
            case GROUP_CODE -> groupCode(bytes, from, to, row, slot);
            case FULL_NAME -> fullName(bytes, from, to, row, slot);
            case TEXT -> text(bytes, from, to, row, slot);
            case DATE -> date(bytes, from, to, row, slot);
            case BIRTH_DATE -> birthDate(bytes, from, to, row, slot);
            case MONTH -> month(bytes, from, to, row, slot);
            case MONEY -> number(bytes, from, to, Long.MAX_VALUE, row, slot);
            case COUNT -> number(bytes, from, to, Integer.MAX_VALUE, row, slot);
            case YEAR -> year(bytes, from, to, row, slot);
            case GENDER -> gender(bytes, from, to, row, slot);
            case ENUMERATION -> enumeration(column.allowedValues(), bytes, from, to, row, slot);
            case SCHOOL_YEAR -> schoolYear(bytes, from, to, row, slot);
        };
    }

    // --- identifiers

    private static boolean digits(byte[] bytes, int from, int to, int length, RowValues row, int slot) {
        if (to - from != length || !allDigits(bytes, from, to)) {
            return false;
        }
        row.setBytes(slot, bytes, from, to);
        return true;
    }

    private static boolean taxCode(byte[] bytes, int from, int to, RowValues row, int slot) {
        int length = to - from;
        int main = CellValidator.TAX_CODE_DIGITS;
        boolean valid = length == main && allDigits(bytes, from, to)
                || length == main + 1 + CellValidator.TAX_CODE_BRANCH_DIGITS && bytes[from + main] == '-'
                   && allDigits(bytes, from, from + main) && allDigits(bytes, from + main + 1, to);
        if (valid) {
            row.setBytes(slot, bytes, from, to);
        }
        return valid;
    }

    private static boolean unitCode(byte[] bytes, int from, int to, RowValues row, int slot) {
        if (to - from > CellValidator.UNIT_CODE_MAX_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            boolean allowed = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        row.setBytes(slot, bytes, from, to);
        return true;
    }

    /** Printable ASCII only: then bytes are characters, and none is a control character. */
    private static boolean code(byte[] bytes, int from, int to, RowValues row, int slot) {
        if (to - from > CellValidator.CODE_MAX_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c < ' ' || c == 0x7F) { // also every byte of a multi-byte character (negative)
                return false;
            }
        }
        row.setBytes(slot, bytes, from, to);
        return true;
    }

    private static boolean groupCode(byte[] bytes, int from, int to, RowValues row, int slot) {
        if (to - from != 2 || !isAsciiLetter(bytes[from]) || !isAsciiLetter(bytes[from + 1])) {
            return false;
        }
        int at = row.reserve(2);
        byte[] text = row.text();
        text[at] = upper(bytes[from]);
        text[at + 1] = upper(bytes[from + 1]);
        row.setMadeText(slot, at, at + 2);
        return true;
    }

    // --- text

    private static boolean fullName(byte[] bytes, int from, int to, RowValues row, int slot) {
        if (hasControlCharacter(bytes, from, to)) {
            return false;
        }
        int at = row.reserve(2 * (to - from));
        int end = VietnameseText.normUtf8(bytes, from, to, row.text(), at);
        if (end < 0) {
            return false;
        }
        row.setBytes(slot, bytes, from, to);
        row.setMadeText(slot + 1, at, end);
        return true;
    }

    private static boolean text(byte[] bytes, int from, int to, RowValues row, int slot) {
        if (hasControlCharacter(bytes, from, to)) {
            return false;
        }
        row.setBytes(slot, bytes, from, to);
        return true;
    }

    /** As {@link CellValidator}: below space other than tab and line breaks, or DEL. */
    private static boolean hasControlCharacter(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c >= 0 && c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    // --- dates

    private static boolean date(byte[] bytes, int from, int to, RowValues row, int slot) {
        int epochDay = epochDay(bytes, from, to);
        if (epochDay == Integer.MIN_VALUE) {
            return false;
        }
        row.setNumber(slot, epochDay);
        return true;
    }

    /** YYYY-MM-DD or DD/MM/YYYY, a real calendar date; {@link Integer#MIN_VALUE} when not one. */
    private static int epochDay(byte[] bytes, int from, int to) {
        if (to - from != 10) {
            return Integer.MIN_VALUE;
        }
        int year;
        int month;
        int day;
        if (bytes[from + 4] == '-' && bytes[from + 7] == '-') {
            year = number(bytes, from, from + 4);
            month = number(bytes, from + 5, from + 7);
            day = number(bytes, from + 8, from + 10);
        } else if (bytes[from + 2] == '/' && bytes[from + 5] == '/') {
            day = number(bytes, from, from + 2);
            month = number(bytes, from + 3, from + 5);
            year = number(bytes, from + 6, from + 10);
        } else {
            return Integer.MIN_VALUE;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CellValidator.daysInMonth(year, month)) {
            return Integer.MIN_VALUE;
        }
        return Dates.epochDay(year, month, day);
    }

    private static boolean birthDate(byte[] bytes, int from, int to, RowValues row, int slot) {
        int year;
        int month = 0;
        int day = 0;
        switch (to - from) {
            case 4 -> year = number(bytes, from, to);
            case 7 -> {
                if (bytes[from + 4] == '-') {
                    year = number(bytes, from, from + 4);
                    month = number(bytes, from + 5, from + 7);
                } else if (bytes[from + 2] == '/') {
                    month = number(bytes, from, from + 2);
                    year = number(bytes, from + 3, from + 7);
                } else {
                    return false;
                }
                if (month < 1 || month > 12) {
                    return false;
                }
            }
            case 10 -> {
                if (epochDay(bytes, from, to) == Integer.MIN_VALUE) {
                    return false;
                }
                boolean iso = bytes[from + 4] == '-';
                year = iso ? number(bytes, from, from + 4) : number(bytes, from + 6, from + 10);
                month = number(bytes, from + (iso ? 5 : 3), from + (iso ? 7 : 5));
                day = iso ? number(bytes, from + 8, from + 10) : number(bytes, from, from + 2);
            }
            default -> {
                return false;
            }
        }
        if (year < 1) {
            return false;
        }
        row.setNumber(slot, year);
        if (month == 0) {
            row.setNull(slot + 1);
        } else {
            row.setNumber(slot + 1, month);
        }
        if (day == 0) {
            row.setNull(slot + 2);
        } else {
            row.setNumber(slot + 2, day);
        }
        return true;
    }

    private static boolean month(byte[] bytes, int from, int to, RowValues row, int slot) {
        if (to - from != 7) {
            return false;
        }
        int year;
        int month;
        if (bytes[from + 4] == '-') {
            year = number(bytes, from, from + 4);
            month = number(bytes, from + 5, from + 7);
        } else if (bytes[from + 2] == '/') {
            month = number(bytes, from, from + 2);
            year = number(bytes, from + 3, from + 7);
        } else {
            return false;
        }
        if (year < 1 || month < 1 || month > 12) {
            return false;
        }
        row.setNumber(slot, Dates.epochDay(year, month, 1));
        return true;
    }

    // --- numbers

    /** Plain digits (the grouped forms go to {@link CellValidator}), at most {@code max}. */
    private static boolean number(byte[] bytes, int from, int to, long max, RowValues row, int slot) {
        // 18 digits never overflow a long
        if (to - from > 18 || !allDigits(bytes, from, to)) {
            return false;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (bytes[i] - '0');
        }
        if (value > max) {
            return false;
        }
        row.setNumber(slot, value);
        return true;
    }

    private static boolean year(byte[] bytes, int from, int to, RowValues row, int slot) {
        int year = to - from == 4 ? number(bytes, from, to) : -1;
        if (year < 1) {
            return false;
        }
        row.setNumber(slot, year);
        return true;
    }

    // --- coded values

    private static boolean gender(byte[] bytes, int from, int to, RowValues row, int slot) {
        int length = to - from;
        if (length == 3 && lower(bytes[from]) == 'n' && lower(bytes[from + 1]) == 'a' && lower(bytes[from + 2]) == 'm') {
            row.setBytes(slot, MALE, 0, 1);
            return true;
        }
        if (length == 2 && lower(bytes[from]) == 'n' && lower(bytes[from + 1]) == 'u') {
            row.setBytes(slot, FEMALE, 0, 1);
            return true;
        }
        // "Nữ" precomposed (NFC): n, then U+1EEF ữ or U+1EEE Ữ; other encodings go to the validator
        if (length == 4 && lower(bytes[from]) == 'n' && (bytes[from + 1] & 0xff) == 0xE1 && (bytes[from + 2] & 0xff) == 0xBB
                && ((bytes[from + 3] & 0xff) == 0xAF || (bytes[from + 3] & 0xff) == 0xAE)) {
            row.setBytes(slot, FEMALE, 0, 1);
            return true;
        }
        return false;
    }

    private static boolean enumeration(List<String> allowed, byte[] bytes, int from, int to, RowValues row, int slot) {
        for (String value : allowed) {
            if (equalsIgnoringAsciiCase(value, bytes, from, to)) {
                int at = row.reserve(value.length());
                byte[] text = row.text();
                for (int i = 0; i < value.length(); i++) {
                    text[at + i] = (byte) value.charAt(i);
                }
                row.setMadeText(slot, at, at + value.length());
                return true;
            }
        }
        return false;
    }

    /** {@code lowerCaseAscii} (an allowed value) equals the bytes lower-cased, ASCII only. */
    private static boolean equalsIgnoringAsciiCase(String lowerCaseAscii, byte[] bytes, int from, int to) {
        if (lowerCaseAscii.length() != to - from) {
            return false;
        }
        for (int i = 0; i < lowerCaseAscii.length(); i++) {
            char expected = lowerCaseAscii.charAt(i);
            if (expected >= 0x80 || lower(bytes[from + i]) != expected) {
                return false;
            }
        }
        return true;
    }

    private static boolean schoolYear(byte[] bytes, int from, int to, RowValues row, int slot) {
        if (to - from != 9 || bytes[from + 4] != '-') {
            return false;
        }
        int first = number(bytes, from, from + 4);
        int second = number(bytes, from + 5, from + 9);
        if (first < 0 || second < 0 || second != first + 1) {
            return false;
        }
        row.setBytes(slot, bytes, from, to);
        return true;
    }

    // --- helpers

    private static boolean allDigits(byte[] bytes, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The decimal number in {@code [from, to)}, or -1 when a byte there is not a digit. */
    private static int number(byte[] bytes, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static boolean isAsciiLetter(byte c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static byte upper(byte c) {
        return c >= 'a' && c <= 'z' ? (byte) (c - 32) : c;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
