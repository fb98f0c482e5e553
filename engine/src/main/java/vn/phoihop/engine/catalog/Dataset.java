package vn.phoihop.engine.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One exchange dataset of datasets.md.
 *
 * @param code          the dataset code, also the file name stem and the table name
 * @param titleVi       title in Vietnamese
 * @param titleEn       title in English
 * @param providerRoles roles of the agencies that send it, e.g. {@code police.province}; the first is the usual sender
 * @param columns       the columns in the order of datasets.md
 * @param keyColumns    the columns whose values must be unique within one file
 */
public record Dataset(String code, String titleVi, String titleEn, List<String> providerRoles,
                      List<Column> columns, List<String> keyColumns) {

    public Dataset {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        providerRoles = List.copyOf(providerRoles);
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
        if (providerRoles.isEmpty() || columns.isEmpty() || keyColumns.isEmpty()) {
            throw new IllegalArgumentException(code + ": provider, columns and key are mandatory");
        }
        var names = new HashSet<String>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException(code + ": column " + column.name() + " twice");
            }
        }
        for (String key : keyColumns) {
            Column column = columns.stream().filter(c -> c.name().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(code + ": key " + key + " is no column"));
            if (!column.required()) {
                throw new IllegalArgumentException(code + ": key column " + key + " must be required");
            }
        }
    }

    /** The column with this header name, compared case-insensitively and ignoring surrounding spaces. */
    public Optional<Column> column(String headerName) {
        String wanted = headerName.strip().toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().equals(wanted)).findFirst();
    }

    public List<Column> requiredColumns() {
        return columns.stream().filter(Column::required).toList();
    }

    /**
     * The columns of the typed table (docs/engine.md): {@code full_name} is followed by
     * {@code full_name_norm}, {@code birth_date} becomes {@code birth_year}, {@code birth_month},
     * {@code birth_day}, and {@code source_line} comes last.
     */
    public List<StoredColumn> storedColumns() {
        var stored = new ArrayList<StoredColumn>();
        for (Column column : columns) {
            switch (column.kind()) {
                case FULL_NAME -> {
                    stored.add(new StoredColumn(column.name(), "VARCHAR"));
                    stored.add(new StoredColumn(column.name() + "_norm", "VARCHAR"));
                }
                case BIRTH_DATE -> {
                    stored.add(new StoredColumn("birth_year", "INTEGER"));
                    stored.add(new StoredColumn("birth_month", "INTEGER"));
                    stored.add(new StoredColumn("birth_day", "INTEGER"));
                }
                case DATE, MONTH -> stored.add(new StoredColumn(column.name(), "DATE"));
                case MONEY -> stored.add(new StoredColumn(column.name(), "BIGINT"));
                case COUNT, YEAR -> stored.add(new StoredColumn(column.name(), "INTEGER"));
                default -> stored.add(new StoredColumn(column.name(), "VARCHAR"));
            }
        }
        stored.add(new StoredColumn("source_line", "BIGINT"));
        return List.copyOf(stored);
    }
}
