package vn.phoihop.engine.catalog;

import java.util.Objects;

/**
 * A column of the typed Parquet table a dataset is stored as (docs/engine.md).
 *
 * @param name    column name in the table
 * @param sqlType DuckDB type: VARCHAR, DATE, INTEGER or BIGINT
 */
public record StoredColumn(String name, String sqlType) {
    public StoredColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sqlType, "sqlType");
    }
}
