package vn.phoihop.engine.read;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rejects or warnings in the format of rejects.csv ({@code dataset,file,line,column,value,message}), LF line ends. */
final class IssueWriter implements Closeable {

    static final String HEADER = "dataset,file,line,column,value,message\n";

    private final Writer out;

    IssueWriter(Path path, boolean withHeader) throws IOException {
        this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
        if (withHeader) {
            out.write(HEADER);
        }
    }

    void write(RowIssue issue) throws IOException {
        CsvText.writeField(out, issue.dataset());
        out.write(',');
        CsvText.writeField(out, issue.file());
        out.write(',');
        out.write(Long.toString(issue.line()));
        out.write(',');
        CsvText.writeField(out, issue.column());
        out.write(',');
        CsvText.writeField(out, issue.value());
        out.write(',');
        CsvText.writeField(out, issue.message());
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
