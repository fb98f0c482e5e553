/**
 * A small, dependency-free Parquet writer, {@link vn.phoihop.engine.parquet.ParquetWriter}: flat schemas of
 * optional VARCHAR, DATE, INTEGER and BIGINT columns, plain encoding, no compression, written row by row with
 * only the current row group in memory.
 */
package vn.phoihop.engine.parquet;
