package vn.phoihop.exchange.internal;

import java.time.Instant;
import java.util.UUID;
import vn.phoihop.exchange.Receipt;
import vn.phoihop.exchange.SubmissionStatus;

/** One submission as stored: the receipt's facts and what the platform knows besides. */
record Submission(UUID id, String dataset, String provinceCode, long agencyId, String agencyCode,
        String submittedBy, String fileName, String sha256, Long bytes, SubmissionStatus status, Long rowsRead,
        Long rowsAccepted, Long rowsRejected, Long warnings, String failure, Long obligationId,
        String idempotencyKey, Instant receivedAt, Instant finishedAt, String receiptJws) {

    Receipt receipt() {
        return new Receipt(id, dataset, sha256, zero(bytes), zero(rowsRead), zero(rowsAccepted), zero(rowsRejected),
                zero(warnings), submittedBy, agencyCode, receivedAt, status, receiptJws);
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }
}
