package vn.phoihop.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.phoihop.engine.read.DatasetLoad;
import vn.phoihop.exchange.SubmissionStatus;

/** The exchange_submission table. */
@Repository
class JdbcSubmissions {

    /** A filter of the submissions list; null fields do not filter. */
    record Filter(String dataset, String agencyCode, String provinceCode, SubmissionStatus status, LocalDate from,
            LocalDate to) {
    }

    private static final String COLUMNS = "id, dataset, province_code, agency_id, agency_code, submitted_by, "
            + "file_name, sha256, bytes, status, rows_read, rows_accepted, rows_rejected, warnings, failure, "
            + "obligation_id, idempotency_key, received_at, finished_at, receipt_jws";

    private final JdbcClient jdbc;

    JdbcSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertReceived(Submission s) {
        jdbc.sql("""
                INSERT INTO exchange_submission (id, dataset, province_code, agency_id, agency_code, submitted_by,
                    file_name, status, obligation_id, idempotency_key, received_at)
                VALUES (:id, :dataset, :province, :agencyId, :agencyCode, :by, :file, 'received', :obligation,
                    :key, :at)""")
                .param("id", s.id()).param("dataset", s.dataset()).param("province", s.provinceCode())
                .param("agencyId", s.agencyId()).param("agencyCode", s.agencyCode()).param("by", s.submittedBy())
                .param("file", s.fileName()).param("obligation", s.obligationId())
                .param("key", s.idempotencyKey()).param("at", Timestamp.from(s.receivedAt())).update();
    }

    void markValidating(UUID id, String sha256, long bytes) {
        jdbc.sql("UPDATE exchange_submission SET status = 'validating', sha256 = :sha, bytes = :bytes WHERE id = :id")
                .param("sha", sha256).param("bytes", bytes).param("id", id).update();
    }

    void finish(UUID id, SubmissionStatus status, DatasetLoad load, String failure, Instant at) {
        jdbc.sql("""
                UPDATE exchange_submission SET status = :status, rows_read = :read, rows_accepted = :accepted,
                    rows_rejected = :rejected, warnings = :warnings, failure = :failure, finished_at = :at
                WHERE id = :id""")
                .param("status", status.dbValue()).param("read", load == null ? 0 : load.rowsRead())
                .param("accepted", load == null ? 0 : load.rowsAccepted())
                .param("rejected", load == null ? 0 : load.rowsRejected())
                .param("warnings", load == null ? 0 : load.warnings()).param("failure", failure)
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void storeReceipt(UUID id, String jws) {
        jdbc.sql("UPDATE exchange_submission SET receipt_jws = :jws WHERE id = :id").param("jws", jws).param("id", id)
                .update();
    }

    /** Marks what a stopped platform left in received or validating as failed; returns how many. */
    int failInterrupted(String reason, Instant at) {
        return jdbc.sql("""
                UPDATE exchange_submission SET status = 'failed', failure = :reason, finished_at = :at
                WHERE status IN ('received', 'validating')""")
                .param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    Optional<Submission> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exchange_submission WHERE id = :id").param("id", id)
                .query(JdbcSubmissions::map).optional();
    }

    Optional<Submission> byIdempotencyKey(String submittedBy, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exchange_submission WHERE submitted_by = :by "
                        + "AND idempotency_key = :key AND status <> 'failed'")
                .param("by", submittedBy).param("key", key).query(JdbcSubmissions::map).optional();
    }

    List<Submission> list(Filter filter, int limit) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        if (filter.dataset() != null) {
            where.add("dataset = :dataset");
            params.put("dataset", filter.dataset());
        }
        if (filter.agencyCode() != null) {
            where.add("agency_code = :agency");
            params.put("agency", filter.agencyCode());
        }
        if (filter.provinceCode() != null) {
            where.add("province_code = :province");
            params.put("province", filter.provinceCode());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().dbValue());
        }
        if (filter.from() != null) {
            where.add("(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') >= CAST(:from AS DATE)");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') < CAST(:to AS DATE) + 1");
            params.put("to", filter.to());
        }
        params.put("limit", limit);
        String sql = "SELECT " + COLUMNS + " FROM exchange_submission"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY received_at DESC, id LIMIT :limit";
        return jdbc.sql(sql).params(params).query(JdbcSubmissions::map).list();
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        return new Submission(rs.getObject("id", UUID.class), rs.getString("dataset"), rs.getString("province_code"),
                rs.getLong("agency_id"), rs.getString("agency_code"), rs.getString("submitted_by"),
                rs.getString("file_name"), rs.getString("sha256"), (Long) rs.getObject("bytes"),
                SubmissionStatus.fromDb(rs.getString("status")), (Long) rs.getObject("rows_read"),
                (Long) rs.getObject("rows_accepted"), (Long) rs.getObject("rows_rejected"),
                (Long) rs.getObject("warnings"), rs.getString("failure"), (Long) rs.getObject("obligation_id"),
                rs.getString("idempotency_key"), rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                rs.getString("receipt_jws"));
    }
}
