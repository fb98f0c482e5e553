package vn.phoihop.engine.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Helpers for tests that load files and look at what came out. */
final class LoaderFixture {

    static final DuckDbSettings SMALL = new DuckDbSettings(1, "512MB", 2);

    private LoaderFixture() {
    }

    static Path write(Path directory, String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Path writeBytes(Path directory, String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** The data lines of a rejects.csv / warnings.csv, without the header. */
    static List<String> issueLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    static Connection duckDb() throws SQLException {
        var properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        return DriverManager.getConnection("jdbc:duckdb:", properties);
    }

    /** Rows of a query over a Parquet file, each as the list of its values rendered by DuckDB. */
    static List<List<String>> query(String sql) throws SQLException {
        try (Connection connection = duckDb(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            var rows = new ArrayList<List<String>>();
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
