package vn.phoihop.engine.read;

import java.util.Objects;

/** An accepted row with something the sender should look at. */
public record Warning(String dataset, String file, long line, String column, String value,
                      String messageVi, String messageEn) implements RowIssue {

    public Warning {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
    }
}
