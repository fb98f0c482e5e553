package vn.phoihop.engine.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the rows of one dataset in its {@link FileStyle}. Values are given in catalogue
 * column order as typed Java values ({@link LocalDate}, {@link YearMonth}, {@link
 * PartialDate}, {@link Money}, {@link Gender}, numbers, strings; {@code null} = empty) and
 * formatted here, so one file can be made messy without the producers knowing.
 */
abstract class TableSink implements Closeable {

    final Dataset dataset;
    final FileStyle style;
    final String fileName;
    /** Column positions in the file: {@code order[i]} is the catalogue index written i-th. */
    final int[] order;
    private final SplittableRandom random;
    private long rows;

    TableSink(Dataset dataset, FileStyle style, long seed) {
        this.dataset = dataset;
        this.style = style;
        this.fileName = dataset.code() + "." + style.extension();
        this.random = new SplittableRandom(seed * 31 + dataset.ordinal());
        if (style.columnOrder() == null) {
            order = new int[dataset.columns().size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
        } else {
            if (style.columnOrder().size() != dataset.columns().size()) {
                throw new IllegalArgumentException("column order of " + dataset + " must name every column");
            }
            order = style.columnOrder().stream().mapToInt(dataset::column).toArray();
        }
    }

    /** Writes one row; returns its line (CSV: physical line, XLSX: row number; header = 1). */
    final long write(Object... values) {
        if (values.length != order.length) {
            throw new IllegalArgumentException(dataset + " row needs " + order.length + " values");
        }
        Object[] cells = new Object[values.length];
        for (int i = 0; i < order.length; i++) {
            cells[i] = format(values[order[i]]);
        }
        rows++;
        try {
            writeCells(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows + 1;
    }

    long rows() {
        return rows;
    }

    String headerName(int catalogueIndex) {
        String name = dataset.columns().get(catalogueIndex);
        return switch (style.headerCase()) {
            case LOWER -> name;
            case UPPER -> name.toUpperCase(Locale.ROOT);
            case TITLE -> titleCase(name);
        };
    }

    /** Writes cells already formatted: {@code String} or, for XLSX numbers, {@code Long}. */
    abstract void writeCells(Object[] cells) throws IOException;

    boolean quoteThis() {
        return style.quoteSomeText() && random.nextInt(4) == 0;
    }

    private Object format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof YearMonth m) {
            return month(m.getYear(), m.getMonthValue());
        }
        if (value instanceof PartialDate p) {
            if (p.day() != null) {
                return date(LocalDate.of(p.year(), p.month(), p.day()));
            }
            return p.month() != null ? month(p.year(), p.month()) : Integer.toString(p.year());
        }
        if (value instanceof Money m) {
            return money(m.vnd());
        }
        if (value instanceof Gender g) {
            return gender(g);
        }
        if (value instanceof Integer || value instanceof Long) {
            return style.xlsx() ? (Object) ((Number) value).longValue() : value.toString();
        }
        throw new IllegalArgumentException("cannot write " + value.getClass());
    }

    private String date(LocalDate d) {
        boolean dayFirst = switch (style.dates()) {
            case ISO -> false;
            case DAY_FIRST -> true;
            case MIXED -> random.nextBoolean();
        };
        return dayFirst ? two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear() : d.toString();
    }

    private String month(int year, int month) {
        boolean monthFirst = switch (style.months()) {
            case ISO -> false;
            case DAY_FIRST -> true;
            case MIXED -> random.nextBoolean();
        };
        return monthFirst ? two(month) + "/" + year : year + "-" + two(month);
    }

    private String money(long vnd) {
        FileStyle.MoneyForm form = style.money();
        if (form == FileStyle.MoneyForm.MIXED) {
            form = FileStyle.MoneyForm.values()[random.nextInt(3)];
        }
        return switch (form) {
            case PLAIN, MIXED -> Long.toString(vnd);
            case DOT_GROUPED -> grouped(vnd, '.');
            case COMMA_GROUPED -> grouped(vnd, ',');
        };
    }

    private String gender(Gender g) {
        if (!style.genderVariants()) {
            return g.label();
        }
        int roll = random.nextInt(10);
        if (g == Gender.FEMALE && roll < 3) {
            return roll == 0 ? "NU" : "Nu";
        }
        return roll == 9 ? g.label().toUpperCase(Locale.ROOT) : roll == 8 ? g.label().toLowerCase(Locale.ROOT) : g.label();
    }

    static String grouped(long value, char separator) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '_';
        }
        return out.toString();
    }
}
