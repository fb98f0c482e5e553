package vn.phoihop.exchange.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.exchange.DatasetVersion;
import vn.phoihop.exchange.PersonRows;

/** {@link PersonRows} over the Parquet files of the latest versions, read with DuckDB and bound parameters. */
@Component
class JdbcPersonRows implements PersonRows {

    static final List<String> PERSON_COLUMNS = List.of("personal_id", "social_insurance_code");
    private static final int LIMIT_PER_DATASET = 200;

    private final JdbcClient jdbc;
    private final VersionStore versions;
    private final ExchangeSettings settings;

    JdbcPersonRows(JdbcClient jdbc, VersionStore versions, ExchangeSettings settings) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.settings = settings;
    }

    @Override
    public List<PersonRow> about(String provinceCode, String personId) {
        List<DatasetVersion> latest = new ArrayList<>();
        jdbc.sql("""
                SELECT DISTINCT province_code, dataset FROM exchange_dataset_version
                WHERE (CAST(? AS VARCHAR) IS NULL OR province_code = ?) ORDER BY province_code, dataset""")
                .params(provinceCode, provinceCode)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()
                .forEach(pd -> versions.latest(pd.get(0), pd.get(1)).ifPresent(latest::add));
        List<PersonRow> rows = new ArrayList<>();
        try {
            Path spill = settings.workRoot().resolve(".person-rows-spill");
            Files.createDirectories(spill);
            try (Connection duck = settings.duckDb().connect(spill)) {
                for (DatasetVersion version : latest) {
                    rows.addAll(read(duck, version, personId));
                }
            }
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("cannot read the accepted datasets: " + e.getMessage(), e);
        }
        return rows;
    }

    private List<PersonRow> read(Connection duck, DatasetVersion version, String personId) throws SQLException {
        String file = version.parquet().toString().replace("'", "''");
        List<String> columns = new ArrayList<>();
        try (PreparedStatement describe = duck.prepareStatement(
                "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))");
                ResultSet rs = describe.executeQuery()) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        List<String> keys = columns.stream().filter(PERSON_COLUMNS::contains).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        String where = String.join(" OR ", keys.stream().map(c -> "CAST(\"" + c + "\" AS VARCHAR) = ?").toList());
        List<PersonRow> rows = new ArrayList<>();
        try (PreparedStatement select = duck.prepareStatement(
                "SELECT * FROM read_parquet('" + file + "') WHERE " + where + " LIMIT " + LIMIT_PER_DATASET)) {
            for (int i = 1; i <= keys.size(); i++) {
                select.setString(i, personId);
            }
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = rs.getObject(c);
                        fields.put(meta.getColumnName(c), value == null ? null : value.toString());
                    }
                    rows.add(new PersonRow(version.provinceCode(), version.dataset(), version.version(), fields));
                }
            }
        }
        return rows;
    }
}
