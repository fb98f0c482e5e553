package vn.phoihop.engine.read;

/**
 * Something said about one place of an input file, in Vietnamese and English. A rejected row
 * ({@link Reject}) or an accepted row that deserves a look ({@link Warning}).
 */
public sealed interface RowIssue permits Reject, Warning {

    String dataset();

    /** The file name as given (no directory). */
    String file();

    /** Physical line where the record starts (CSV) or sheet row number (XLSX); the header is 1. */
    long line();

    /** The column concerned; empty when the issue concerns the whole row or file. */
    String column();

    /** The offending value as read; empty when there is none. */
    String value();

    String messageVi();

    String messageEn();

    /** Both languages, as written in the {@code message} column of rejects.csv and warnings.csv. */
    default String message() {
        return messageVi() + " / " + messageEn();
    }
}
