package vn.phoihop.casework.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.security.RetentionTarget;

/**
 * The names and contacts of people who filed complaints and denunciations on the public form:
 * erased once the case has been closed for longer than the retention period of the processing
 * register ("public_complaints"). The case, its timeline and its decision stay.
 */
@Component
class ComplainantRetention implements RetentionTarget {

    private static final String EXPIRED = """
            FROM case_file WHERE tracking_code IS NOT NULL AND state = 'closed' AND updated_at < ?
              AND (complainant IS NOT NULL OR contact IS NOT NULL)""";

    private final JdbcClient jdbc;

    ComplainantRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String dataset() {
        return "public_complaints";
    }

    @Override
    public long countExpired(Instant cutoff) {
        return jdbc.sql("SELECT count(*) " + EXPIRED).param(cutoff.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    @Override
    public long eraseExpired(Instant cutoff) {
        return jdbc.sql("UPDATE case_file SET complainant = NULL, contact = NULL WHERE id IN (SELECT id " + EXPIRED + ")")
                .param(cutoff.atOffset(ZoneOffset.UTC)).update();
    }
}
