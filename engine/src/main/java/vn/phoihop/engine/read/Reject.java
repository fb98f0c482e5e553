package vn.phoihop.engine.read;

import java.util.Objects;

/** A rejected row (or file): it is not stored, and says why. */
public record Reject(String dataset, String file, long line, String column, String value,
                     String messageVi, String messageEn) implements RowIssue {

    public Reject {
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
