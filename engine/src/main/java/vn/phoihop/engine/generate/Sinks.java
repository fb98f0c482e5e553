package vn.phoihop.engine.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The 17 open output files of one generation run. */
final class Sinks implements Closeable {

    private final Map<Dataset, TableSink> sinks = new EnumMap<>(Dataset.class);

    Sinks(Path directory, Map<Dataset, FileStyle> styles, long seed, LocalDate asOf) throws IOException {
        for (Dataset dataset : Dataset.values()) {
            FileStyle style = styles.get(dataset);
            sinks.put(dataset, style.xlsx()
                    ? new XlsxTableSink(directory, dataset, style, seed, asOf)
                    : new CsvTableSink(directory, dataset, style, seed));
        }
    }

    /** Writes a row in catalogue column order; returns its line number in the file. */
    long write(Dataset dataset, Object... values) {
        return sinks.get(dataset).write(values);
    }

    String fileName(Dataset dataset) {
        return sinks.get(dataset).fileName;
    }

    Map<Dataset, Long> rowCounts() {
        Map<Dataset, Long> counts = new EnumMap<>(Dataset.class);
        sinks.forEach((dataset, sink) -> counts.put(dataset, sink.rows()));
        return counts;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (TableSink sink : sinks.values()) {
            try {
                sink.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
