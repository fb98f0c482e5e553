package vn.phoihop.exchange.internal;

/**
 * Text as it may be put into a spreadsheet or CSV that people will open in Excel: a value
 * starting with {@code = + - @} (or a tab or carriage return) would be taken for a formula
 * (CSV/formula injection), so it gets a leading apostrophe, which Excel shows as text.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
