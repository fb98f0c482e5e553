package vn.phoihop.engine.generate;

import java.util.List;

/**
 * How one generated file is laid out: the legal variations of datasets.md's reading rules
 * (delimiter, BOM, line ends, header case and column order, date, month and money forms).
 * {@code MIXED} picks per value, so one file holds both forms.
 */
public record FileStyle(boolean xlsx, char delimiter, boolean bom, boolean crlf, HeaderCase headerCase,
                        List<String> columnOrder, DateForm dates, DateForm months, MoneyForm money,
                        boolean genderVariants, boolean quoteSomeText) {

    public enum HeaderCase { LOWER, UPPER, TITLE }

    public enum DateForm { ISO, DAY_FIRST, MIXED }

    public enum MoneyForm { PLAIN, DOT_GROUPED, COMMA_GROUPED, MIXED }

    public FileStyle {
        columnOrder = columnOrder == null ? null : List.copyOf(columnOrder);
    }

    public String extension() {
        return xlsx ? "xlsx" : "csv";
    }

    static FileStyle csv(char delimiter) {
        return new FileStyle(false, delimiter, false, false, HeaderCase.LOWER, null, DateForm.ISO, DateForm.ISO,
                MoneyForm.PLAIN, false, false);
    }

    FileStyle withBom() {
        return new FileStyle(xlsx, delimiter, true, crlf, headerCase, columnOrder, dates, months, money, genderVariants, quoteSomeText);
    }

    FileStyle withCrlf() {
        return new FileStyle(xlsx, delimiter, bom, true, headerCase, columnOrder, dates, months, money, genderVariants, quoteSomeText);
    }

    FileStyle withHeader(HeaderCase value) {
        return new FileStyle(xlsx, delimiter, bom, crlf, value, columnOrder, dates, months, money, genderVariants, quoteSomeText);
    }

    FileStyle withOrder(String... value) {
        return new FileStyle(xlsx, delimiter, bom, crlf, headerCase, List.of(value), dates, months, money, genderVariants, quoteSomeText);
    }

    FileStyle withDates(DateForm value) {
        return new FileStyle(xlsx, delimiter, bom, crlf, headerCase, columnOrder, value, months, money, genderVariants, quoteSomeText);
    }

    FileStyle withMonths(DateForm value) {
        return new FileStyle(xlsx, delimiter, bom, crlf, headerCase, columnOrder, dates, value, money, genderVariants, quoteSomeText);
    }

    FileStyle withMoney(MoneyForm value) {
        return new FileStyle(xlsx, delimiter, bom, crlf, headerCase, columnOrder, dates, months, value, genderVariants, quoteSomeText);
    }

    FileStyle withGenderVariants() {
        return new FileStyle(xlsx, delimiter, bom, crlf, headerCase, columnOrder, dates, months, money, true, quoteSomeText);
    }

    FileStyle withQuotedText() {
        return new FileStyle(xlsx, delimiter, bom, crlf, headerCase, columnOrder, dates, months, money, genderVariants, true);
    }

    FileStyle asXlsx() {
        return new FileStyle(true, delimiter, bom, crlf, headerCase, columnOrder, dates, months, money, genderVariants, quoteSomeText);
    }
}
