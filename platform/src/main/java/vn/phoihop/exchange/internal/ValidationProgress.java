package vn.phoihop.exchange.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Rows read so far by each validation in progress, for the status endpoint and the upload page. */
@Component
class ValidationProgress {

    private final Map<UUID, Long> rows = new ConcurrentHashMap<>();

    void rowsRead(UUID submission, long rowsSoFar) {
        rows.put(submission, rowsSoFar);
    }

    Optional<Long> rowsRead(UUID submission) {
        return Optional.ofNullable(rows.get(submission));
    }

    void forget(UUID submission) {
        rows.remove(submission);
    }
}
