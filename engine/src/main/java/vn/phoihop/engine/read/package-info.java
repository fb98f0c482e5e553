/**
 * Reading agency files: CSV and XLSX readers, validation of every cell against the catalogue,
 * rejects and warnings, and {@link vn.phoihop.engine.read.DatasetLoader}, which turns files
 * into the typed Parquet tables of docs/engine.md. Rules: shared/spec/datasets.md, "Reading rules".
 */
package vn.phoihop.engine.read;
