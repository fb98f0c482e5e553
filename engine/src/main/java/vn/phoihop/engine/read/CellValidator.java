package vn.phoihop.engine.read;

import java.util.Locale;
import java.text.Normalizer;
import vn.phoihop.engine.catalog.Column;
import vn.phoihop.engine.text.VietnameseText;

/**
 * Validates one non-empty cell against its column and writes the stored form(s) of the value
 * into the output slots (docs/engine.md). Written for speed: no regular expressions, values
 * already in stored form are passed through without copying.
 */
final class CellValidator {

    private static final Invalid LOST_LEADING_ZERO = new Invalid(Problem.LOST_LEADING_ZERO);
    private static final Invalid BAD_TAX_CODE = new Invalid(Problem.BAD_TAX_CODE);
    private static final Invalid BAD_UNIT_CODE = new Invalid(Problem.BAD_UNIT_CODE);
    private static final Invalid BAD_GROUP_CODE = new Invalid(Problem.BAD_GROUP_CODE);
    private static final Invalid BAD_CODE = new Invalid(Problem.BAD_CODE);
    private static final Invalid BAD_TEXT = new Invalid(Problem.BAD_TEXT);
    private static final Invalid BAD_DATE = new Invalid(Problem.BAD_DATE);
    private static final Invalid BAD_BIRTH_DATE = new Invalid(Problem.BAD_BIRTH_DATE);
    private static final Invalid BAD_MONTH = new Invalid(Problem.BAD_MONTH);
    private static final Invalid BAD_MONEY = new Invalid(Problem.BAD_MONEY);
    private static final Invalid BAD_COUNT = new Invalid(Problem.BAD_COUNT);
    private static final Invalid BAD_YEAR = new Invalid(Problem.BAD_YEAR);
    private static final Invalid BAD_GENDER = new Invalid(Problem.BAD_GENDER);
    private static final Invalid BAD_SCHOOL_YEAR = new Invalid(Problem.BAD_SCHOOL_YEAR);

    // Identifier lengths of datasets.md, "Identifier formats".
    static final int PERSONAL_ID_DIGITS = 12;
    static final int OLD_ID_NUMBER_DIGITS = 9;
    static final int SOCIAL_INSURANCE_CODE_DIGITS = 10;
    static final int TAX_CODE_DIGITS = 10;
    static final int TAX_CODE_BRANCH_DIGITS = 3;
    static final int PROVINCE_CODE_DIGITS = 2;
    static final int COMMUNE_CODE_DIGITS = 5;
    static final int UNIT_CODE_MAX_LENGTH = 20;
    /** Longest reference or code accepted; keeps the duplicate-key index bounded per row. */
    static final int CODE_MAX_LENGTH = 255;

    private CellValidator() {
    }

    /**
     * @param value a stripped, non-empty cell value
     * @param out   the row's output slots; this column writes from {@code slot} on
     * @return null when the value is valid, else why not
     */
    static Invalid validate(Column column, String value, String[] out, int slot) {
        return switch (column.kind()) {
            case PERSONAL_ID -> digits(value, PERSONAL_ID_DIGITS, true, out, slot);
            case OLD_ID_NUMBER -> digits(value, OLD_ID_NUMBER_DIGITS, false, out, slot);
            case SOCIAL_INSURANCE_CODE -> digits(value, SOCIAL_INSURANCE_CODE_DIGITS, true, out, slot);
            case PROVINCE_CODE -> digits(value, PROVINCE_CODE_DIGITS, false, out, slot);
            case COMMUNE_CODE -> digits(value, COMMUNE_CODE_DIGITS, false, out, slot);
            case TAX_CODE -> taxCode(value, out, slot);
            case UNIT_CODE -> unitCode(value, out, slot);
            case CODE -> code(value, out, slot);
            case GROUP_CODE -> groupCode(value, out, slot);
            case FULL_NAME -> {
                if (hasControlCharacter(value)) {
                    yield BAD_TEXT;
                }
                out[slot] = value;
                out[slot + 1] = VietnameseText.norm(value);
                yield null;
            }
            case TEXT -> {
                if (hasControlCharacter(value)) {
                    yield BAD_TEXT;
                }
                out[slot] = value;
                yield null;
            }
            case DATE -> date(value, out, slot);
            case BIRTH_DATE -> birthDate(value, out, slot);
            case MONTH -> month(value, out, slot);
            case MONEY -> money(value, out, slot);
            case COUNT -> count(value, out, slot);
            case YEAR -> year(value, out, slot);
            case GENDER -> gender(value, out, slot);
            case ENUMERATION -> enumeration(column, value, out, slot);
            case SCHOOL_YEAR -> schoolYear(value, out, slot);
        };
    }

    // --- identifiers

    private static Invalid digits(String value, int length, boolean detectLostZero, String[] out, int slot) {
        if (value.length() == length && allDigits(value, 0, length)) {
            out[slot] = value;
            return null;
        }
        // Excel reads 012345678901 as a number and writes 12345678901 back.
        if (detectLostZero && value.length() == length - 1 && allDigits(value, 0, value.length())) {
            return LOST_LEADING_ZERO;
        }
        return new Invalid(Problem.NOT_DIGITS, length);
    }

    private static Invalid taxCode(String value, String[] out, int slot) {
        int length = value.length();
        int branchPart = TAX_CODE_BRANCH_DIGITS + 1;
        int mainLength = length > branchPart && value.charAt(length - branchPart) == '-' ? length - branchPart : length;
        boolean branchValid = mainLength == length || allDigits(value, length - TAX_CODE_BRANCH_DIGITS, length);
        if (!branchValid || !allDigits(value, 0, mainLength)) {
            return BAD_TAX_CODE;
        }
        if (mainLength == TAX_CODE_DIGITS) {
            out[slot] = value;
            return null;
        }
        return mainLength == TAX_CODE_DIGITS - 1 ? LOST_LEADING_ZERO : BAD_TAX_CODE;
    }

    private static Invalid unitCode(String value, String[] out, int slot) {
        if (value.length() > UNIT_CODE_MAX_LENGTH) {
            return BAD_UNIT_CODE;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                    || c == '-' || c == '_';
            if (!allowed) {
                return BAD_UNIT_CODE;
            }
        }
        out[slot] = value;
        return null;
    }

    private static Invalid code(String value, String[] out, int slot) {
        if (value.length() > CODE_MAX_LENGTH) {
            return BAD_CODE;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return BAD_CODE;
            }
        }
        out[slot] = value;
        return null;
    }

    private static Invalid groupCode(String value, String[] out, int slot) {
        if (value.length() != 2 || !isAsciiLetter(value.charAt(0)) || !isAsciiLetter(value.charAt(1))) {
            return BAD_GROUP_CODE;
        }
        out[slot] = value.toUpperCase(Locale.ROOT);
        return null;
    }

    // --- dates and months

    private static Invalid date(String value, String[] out, int slot) {
        String iso = isoDate(value);
        if (iso == null) {
            return BAD_DATE;
        }
        out[slot] = iso;
        return null;
    }

    /** YYYY-MM-DD or DD/MM/YYYY, a real calendar date, as YYYY-MM-DD; null when not one. */
    static String isoDate(String value) {
        if (value.length() != 10) {
            return null;
        }
        int year;
        int month;
        int day;
        if (value.charAt(4) == '-' && value.charAt(7) == '-') {
            year = number(value, 0, 4);
            month = number(value, 5, 7);
            day = number(value, 8, 10);
        } else if (value.charAt(2) == '/' && value.charAt(5) == '/') {
            day = number(value, 0, 2);
            month = number(value, 3, 5);
            year = number(value, 6, 10);
        } else {
            return null;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return null;
        }
        return value.charAt(4) == '-' ? value : value.substring(6, 10) + '-' + value.substring(3, 5) + '-' + value.substring(0, 2);
    }

    private static Invalid birthDate(String value, String[] out, int slot) {
        int year;
        int month = 0;
        int day = 0;
        switch (value.length()) {
            case 4 -> year = number(value, 0, 4);
            case 7 -> {
                if (value.charAt(4) == '-') {
                    year = number(value, 0, 4);
                    month = number(value, 5, 7);
                } else if (value.charAt(2) == '/') {
                    month = number(value, 0, 2);
                    year = number(value, 3, 7);
                } else {
                    return BAD_BIRTH_DATE;
                }
                if (month < 1 || month > 12) {
                    return BAD_BIRTH_DATE;
                }
            }
            case 10 -> {
                String iso = isoDate(value);
                if (iso == null) {
                    return BAD_BIRTH_DATE;
                }
                year = number(iso, 0, 4);
                month = number(iso, 5, 7);
                day = number(iso, 8, 10);
            }
            default -> {
                return BAD_BIRTH_DATE;
            }
        }
        if (year < 1) {
            return BAD_BIRTH_DATE;
        }
        out[slot] = Integer.toString(year);
        out[slot + 1] = month == 0 ? null : Integer.toString(month);
        out[slot + 2] = day == 0 ? null : Integer.toString(day);
        return null;
    }

    private static Invalid month(String value, String[] out, int slot) {
        if (value.length() != 7) {
            return BAD_MONTH;
        }
        int year;
        int month;
        if (value.charAt(4) == '-') {
            year = number(value, 0, 4);
            month = number(value, 5, 7);
        } else if (value.charAt(2) == '/') {
            month = number(value, 0, 2);
            year = number(value, 3, 7);
        } else {
            return BAD_MONTH;
        }
        if (year < 1 || month < 1 || month > 12) {
            return BAD_MONTH;
        }
        out[slot] = value.charAt(4) == '-'
                ? value + "-01"
                : value.substring(3, 7) + '-' + value.substring(0, 2) + "-01";
        return null;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    // --- numbers

    private static Invalid money(String value, String[] out, int slot) {
        long amount = groupedNumber(value);
        if (amount < 0) {
            return BAD_MONEY;
        }
        out[slot] = Long.toString(amount);
        return null;
    }

    private static Invalid count(String value, String[] out, int slot) {
        long count = groupedNumber(value);
        if (count < 0 || count > Integer.MAX_VALUE) {
            return BAD_COUNT;
        }
        out[slot] = Long.toString(count);
        return null;
    }

    /**
     * Digits, optionally grouped by one separator ('.' or ',') every three digits
     * ({@code 1.234.567}); -1 when the value is not such a number or exceeds a long.
     */
    static long groupedNumber(String value) {
        int length = value.length();
        if (length == 0) {
            return -1;
        }
        char separator = 0;
        int digitsInGroup = 0;
        boolean firstGroup = true;
        long result = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (result > (Long.MAX_VALUE - (c - '0')) / 10) {
                    return -1;
                }
                result = result * 10 + (c - '0');
                digitsInGroup++;
            } else if (c == '.' || c == ',') {
                if (separator == 0) {
                    separator = c;
                } else if (c != separator) {
                    return -1;
                }
                boolean groupValid = firstGroup ? digitsInGroup >= 1 && digitsInGroup <= 3 : digitsInGroup == 3;
                if (!groupValid) {
                    return -1;
                }
                firstGroup = false;
                digitsInGroup = 0;
            } else {
                return -1;
            }
        }
        if (separator != 0 && digitsInGroup != 3) {
            return -1;
        }
        return digitsInGroup == 0 ? -1 : result;
    }

    private static Invalid year(String value, String[] out, int slot) {
        if (value.length() != 4 || !allDigits(value, 0, 4) || number(value, 0, 4) < 1) {
            return BAD_YEAR;
        }
        out[slot] = value;
        return null;
    }

    // --- coded values

    private static Invalid gender(String value, String[] out, int slot) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.length() > 2 && !lower.equals("nam")) {
            // "Nữ" may come decomposed (NFD)
            lower = Normalizer.normalize(lower, Normalizer.Form.NFC);
        }
        switch (lower) {
            case "nam" -> out[slot] = "M";
            case "nữ", "nu" -> out[slot] = "F";
            default -> {
                return BAD_GENDER;
            }
        }
        return null;
    }

    private static Invalid enumeration(Column column, String value, String[] out, int slot) {
        String lower = value.toLowerCase(Locale.ROOT);
        int index = column.allowedValues().indexOf(lower);
        if (index < 0) {
            return new Invalid(Problem.BAD_ENUMERATION, String.join(", ", column.allowedValues()));
        }
        out[slot] = column.allowedValues().get(index);
        return null;
    }

    private static Invalid schoolYear(String value, String[] out, int slot) {
        if (value.length() != 9 || value.charAt(4) != '-' || !allDigits(value, 0, 4) || !allDigits(value, 5, 9)
                || number(value, 5, 9) != number(value, 0, 4) + 1) {
            return BAD_SCHOOL_YEAR;
        }
        out[slot] = value;
        return null;
    }

    // --- helpers

    /** Control characters other than tab and line breaks (NUL and the like) are never text. */
    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The decimal number in [from, to), or -1 when a character there is not a digit. */
    private static int number(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
