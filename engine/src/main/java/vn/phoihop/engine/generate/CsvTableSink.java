package vn.phoihop.engine.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV file (RFC 4180 quoting, doubled quotes) in UTF-8, streamed to disk. */
final class CsvTableSink extends TableSink {

    private final Writer out;
    private final String lineEnd;
    private final String delimiter;

    CsvTableSink(Path directory, Dataset dataset, FileStyle style, long seed) throws IOException {
        super(dataset, style, seed);
        this.out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(directory.resolve(fileName)), StandardCharsets.UTF_8), 1 << 16);
        this.lineEnd = style.crlf() ? "\r\n" : "\n";
        this.delimiter = String.valueOf(style.delimiter());
        if (style.bom()) {
            out.write('\uFEFF');
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                header.append(delimiter);
            }
            header.append(headerName(order[i]));
        }
        out.write(header.append(lineEnd).toString());
    }

    @Override
    void writeCells(Object[] cells) throws IOException {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String value = (String) cells[i];
            if (needsQuotes(value) || (!value.isEmpty() && Character.isLetter(value.charAt(0)) && quoteThis())) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        out.write(line.append(lineEnd).toString());
    }

    private boolean needsQuotes(String value) {
        return value.indexOf(style.delimiter()) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0
                || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
