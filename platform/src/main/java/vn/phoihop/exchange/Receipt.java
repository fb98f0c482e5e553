package vn.phoihop.exchange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the platform acknowledges having received (biên nhận): which file (by SHA-256 and size),
 * for which dataset, from whom and when, and what became of its rows. It is signed as a JWS
 * ({@link #signed()}) so that the sending agency can prove it later.
 */
public record Receipt(UUID id, String dataset, String sha256, long bytes, long rowsRead, long rowsAccepted,
        long rowsRejected, long warnings, String submittedBy, String agency, Instant receivedAt,
        SubmissionStatus status, String signed) {

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
    }
}
