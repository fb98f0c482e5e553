package vn.phoihop.reporting.internal;

import java.util.List;

/**
 * A table for a spreadsheet, a document or JSON: a sheet name, its columns with their kind and its
 * rows. Identifiers are text (leading zeros kept), amounts whole VND, percentages as numbers.
 */
record Sheet(String name, String title, List<Column> columns, List<List<Object>> rows, ChartSpec chart) {

    enum Kind { TEXT, ID, COUNT, VND, PERCENT, DATE }

    record Column(String key, String headerVi, Kind kind) {
    }

    /** A chart of the sheet: a line (the first column as categories) or bars of the value columns. */
    record ChartSpec(boolean line, String title, List<Integer> valueColumns) {
    }

    Sheet {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
