package vn.phoihop.exchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.exchange.DatasetVersion;
import vn.phoihop.exchange.DatasetVersions;

/**
 * Dataset versions: {@code $PHOIHOP_HOME/datasets/<province>/<dataset>/v<N>.parquet} plus a row
 * of exchange_dataset_version. {@link #publish} runs inside the caller's transaction: the file is
 * moved into place first and the row commits after, so a version is visible only when both
 * exist; a file left by a crash before the commit has no row and is deleted on the next start
 * (or replaced by the next version of that number).
 */
@Component
class VersionStore implements DatasetVersions {

    private final JdbcClient jdbc;
    private final Path root;
    private final DuckDbSettings duckDb;

    VersionStore(JdbcClient jdbc, PhoihopHome home, ExchangeSettings settings) {
        this.jdbc = jdbc;
        this.root = home.resolve("datasets");
        this.duckDb = settings.duckDb();
    }

    /** Makes {@code parquet} the next version; call inside a transaction. Returns the new version. */
    DatasetVersion publish(String provinceCode, Dataset dataset, UUID submissionId, Path parquet, long rows,
            Instant at, Path workDirectory) throws IOException {
        // one writer per province and dataset at a time: the version number is taken under this lock
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", provinceCode + "/" + dataset.code())
                .query().singleValue();
        Optional<DatasetVersion> previous = latest(provinceCode, dataset.code());
        int number = previous.map(v -> v.version() + 1).orElse(1);
        Path target = versionPath(provinceCode, dataset.code(), number);
        Files.createDirectories(target.getParent());
        // a file of this number without a row is what a crash left before its commit
        Files.move(parquet, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Changes changes = previous.isEmpty() ? new Changes(rows, 0, 0)
                : compare(dataset, previous.get().parquet(), target, workDirectory);
        jdbc.sql("""
                INSERT INTO exchange_dataset_version (province_code, dataset, version, submission_id, parquet_path,
                    row_count, rows_added, rows_removed, rows_changed, created_at)
                VALUES (:province, :dataset, :version, :submission, :path, :rows, :added, :removed, :changed, :at)""")
                .param("province", provinceCode).param("dataset", dataset.code()).param("version", number)
                .param("submission", submissionId).param("path", root.relativize(target).toString())
                .param("rows", rows).param("added", changes.added()).param("removed", changes.removed())
                .param("changed", changes.changed()).param("at", Timestamp.from(at)).update();
        return new DatasetVersion(provinceCode, dataset.code(), number, submissionId, target, rows, changes.added(),
                changes.removed(), changes.changed(), at);
    }

    /** Rows added, removed and changed between two versions, matched by the dataset's key. */
    record Changes(long added, long removed, long changed) {
    }

    Changes compare(Dataset dataset, Path older, Path newer, Path workDirectory) throws IOException {
        String keys = dataset.keyColumns().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
        String sameKey = dataset.keyColumns().stream().map(k -> "o.\"" + k + "\" = n.\"" + k + "\"")
                .collect(Collectors.joining(" AND "));
        String sql = """
                WITH o AS (SELECT * EXCLUDE (source_line) FROM read_parquet('%s')),
                     n AS (SELECT * EXCLUDE (source_line) FROM read_parquet('%s'))
                SELECT
                  (SELECT count(*) FROM n WHERE NOT EXISTS (SELECT 1 FROM o WHERE %s)),
                  (SELECT count(*) FROM o WHERE NOT EXISTS (SELECT 1 FROM n WHERE %s)),
                  (SELECT count(*) FROM (SELECT * FROM n WHERE EXISTS (SELECT 1 FROM o WHERE %s)
                                         EXCEPT SELECT * FROM o))
                """.formatted(quoted(older), quoted(newer), sameKey, sameKey, sameKey);
        Files.createDirectories(workDirectory);
        try (Connection duck = duckDb.connect(workDirectory.resolve(".duckdb-spill"));
                Statement statement = duck.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return new Changes(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        } catch (SQLException e) {
            throw new IOException("cannot compare versions by " + keys + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<DatasetVersion> latest(String provinceCode, String dataset) {
        return history(provinceCode, dataset).stream().findFirst();
    }

    @Override
    public List<DatasetVersion> history(String provinceCode, String dataset) {
        return jdbc.sql("""
                SELECT province_code, dataset, version, submission_id, parquet_path, row_count, rows_added,
                       rows_removed, rows_changed, created_at
                FROM exchange_dataset_version WHERE province_code = :province AND dataset = :dataset
                ORDER BY version DESC""")
                .param("province", provinceCode).param("dataset", dataset)
                .query((rs, row) -> new DatasetVersion(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, UUID.class), root.resolve(rs.getString(5)), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getTimestamp(10).toInstant()))
                .list();
    }

    Optional<DatasetVersion> ofSubmission(UUID submissionId) {
        return jdbc.sql("SELECT province_code, dataset FROM exchange_dataset_version WHERE submission_id = :id")
                .param("id", submissionId).query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).optional()
                .flatMap(pd -> history(pd.get(0), pd.get(1)).stream()
                        .filter(v -> v.submissionId().equals(submissionId)).findFirst());
    }

    /** Deletes version files that no row names: what a crash left between the move and the commit. */
    int deleteUncommitted() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Set<Path> committed = new HashSet<>(jdbc.sql("SELECT parquet_path FROM exchange_dataset_version")
                .query((rs, row) -> root.resolve(rs.getString(1)).normalize()).list());
        int deleted = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!committed.contains(file.normalize())) {
                    Files.delete(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    Path versionPath(String provinceCode, String dataset, int version) {
        return root.resolve(provinceCode).resolve(dataset).resolve("v" + version + ".parquet");
    }

    private static String quoted(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }
}
