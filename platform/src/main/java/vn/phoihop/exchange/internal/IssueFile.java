package vn.phoihop.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the engine's rejects.csv / warnings.csv ({@code dataset,file,line,column,value,message},
 * RFC 4180, {@code message} = "vi / en") one issue at a time, so that a file with millions of
 * rejects streams through.
 */
final class IssueFile {

    /** One rejected cell or row, or a warning, with its message in both languages. */
    record Issue(long line, String column, String value, String messageVi, String messageEn) {
    }

    private IssueFile() {
    }

    static void forEach(Path file, Consumer<Issue> consumer) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> record = next(reader);
            if (record == null) {
                return;
            }
            boolean header = record.size() > 2 && record.get(2).equals("line");
            if (!header) {
                consumer.accept(issue(record));
            }
            while ((record = next(reader)) != null) {
                consumer.accept(issue(record));
            }
        }
    }

    static List<Issue> read(Path file, int limit) throws IOException {
        var issues = new ArrayList<Issue>();
        forEach(file, issue -> {
            if (issues.size() < limit) {
                issues.add(issue);
            }
        });
        return issues;
    }

    private static Issue issue(List<String> fields) {
        String message = fields.size() > 5 ? fields.get(5) : "";
        int split = message.indexOf(" / ");
        String vi = split < 0 ? message : message.substring(0, split);
        String en = split < 0 ? message : message.substring(split + 3);
        return new Issue(Long.parseLong(fields.get(2)), fields.get(3), fields.get(4), vi, en);
    }

    /** The next RFC 4180 record, or null at the end. */
    private static List<String> next(Reader reader) throws IOException {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int following = reader.read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (following != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
