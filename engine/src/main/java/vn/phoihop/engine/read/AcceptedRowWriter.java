package vn.phoihop.engine.read;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Accepted rows in their stored form as a plain CSV (comma, RFC 4180 quoting, no header, an
 * empty field for an absent value, the source line last), for DuckDB to read with an explicit
 * type per column. Values are never empty strings: an empty cell is absent by definition.
 */
final class AcceptedRowWriter implements Closeable {

    private final Writer out;

    AcceptedRowWriter(Path path) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 20);
    }

    void write(String[] values, int count, long sourceLine) throws IOException {
        for (int i = 0; i < count; i++) {
            String value = values[i];
            if (value != null) {
                CsvText.writeField(out, value);
            }
            out.write(',');
        }
        out.write(Long.toString(sourceLine));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
