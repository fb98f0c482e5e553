package vn.phoihop.engine.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.engine.parquet.ParquetWriter.Type;

class ParquetWriterTest {

    private static final List<String> NAMES = List.of("s", "d", "i", "b");
    private static final List<Type> TYPES = List.of(Type.VARCHAR, Type.DATE, Type.INTEGER, Type.BIGINT);

    @TempDir
    Path directory;

    @Test
    void columns_have_the_types_duckdb_reports() throws Exception {
        Path file = directory.resolve("types.parquet");
        try (var writer = new ParquetWriter(file, NAMES, TYPES)) {
            writer.writeString(0, "a");
            writer.writeInt(1, 0);
            writer.writeInt(2, 1);
            writer.writeLong(3, 2);
            writer.endRow();
        }

        assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + read(file) + ")"))
                .containsExactly(List.of("s", "VARCHAR"), List.of("d", "DATE"), List.of("i", "INTEGER"),
                        List.of("b", "BIGINT"));
    }

    @Test
    void every_value_and_every_null_reads_back_equal() throws Exception {
        Path file = directory.resolve("values.parquet");
        byte[] padded = "xxNguyễn Thị Hoàyy".getBytes(StandardCharsets.UTF_8);
        try (var writer = new ParquetWriter(file, NAMES, TYPES)) {
            row(writer, "Nguyễn Thị Hoà", LocalDate.of(1969, 12, 31), -1, Long.MIN_VALUE);
            row(writer, "", LocalDate.of(1900, 1, 1), Integer.MIN_VALUE, Long.MAX_VALUE);
            row(writer, null, null, null, null);
            row(writer, "Trần Văn \"Tí\", 😀", LocalDate.of(2024, 2, 29), Integer.MAX_VALUE, 0L);
            writer.writeLong(3, -42);
            writer.writeInt(2, 0);
            writer.writeInt(1, 0);
            writer.writeBytes(0, padded, 2, padded.length - 4);
            writer.endRow();
            assertThat(writer.rows()).isEqualTo(5);
        }

        assertThat(query("SELECT s, d, i, b, s IS NULL FROM " + read(file))).containsExactly(
                List.of("Nguyễn Thị Hoà", "1969-12-31", "-1", "-9223372036854775808", "false"),
                List.of("", "1900-01-01", "-2147483648", "9223372036854775807", "false"),
                Arrays.asList(null, null, null, null, "true"),
                List.of("Trần Văn \"Tí\", 😀", "2024-02-29", "2147483647", "0", "false"),
                List.of("Nguyễn Thị Hoà", "1970-01-01", "0", "-42", "false"));
    }

    @Test
    void strings_are_encoded_as_java_encodes_them() throws Exception {
        List<String> texts = List.of("ASCII only", "Hoà ở Đà Nẵng", "😀 and 𝔸", "lone \uD800 high", "lone \uDC00 low",
                "ends high \uD83D");
        Path file = directory.resolve("strings.parquet");
        try (var writer = new ParquetWriter(file, List.of("s"), List.of(Type.VARCHAR))) {
            for (String text : texts) {
                writer.writeString(0, text);
                writer.endRow();
            }
        }

        List<List<String>> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(List.of(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        }
        assertThat(query("SELECT s FROM " + read(file))).isEqualTo(expected);
    }

    @Test
    void rows_are_split_into_row_groups_of_the_given_size() throws Exception {
        Path file = directory.resolve("groups.parquet");
        try (var writer = new ParquetWriter(file, NAMES, TYPES, 10)) {
            for (int r = 0; r < 25; r++) {
                row(writer, r % 3 == 0 ? null : "row " + r, LocalDate.of(2025, 1, 1).plusDays(r),
                        r % 5 == 0 ? null : -r, (long) r * r);
            }
        }

        assertThat(query("SELECT row_group_id, row_group_num_rows FROM parquet_metadata(" + quote(file)
                + ") WHERE column_id = 0 ORDER BY row_group_id"))
                .containsExactly(List.of("0", "10"), List.of("1", "10"), List.of("2", "5"));
        List<List<String>> expected = new ArrayList<>();
        for (int r = 0; r < 25; r++) {
            expected.add(Arrays.asList(r % 3 == 0 ? null : "row " + r, LocalDate.of(2025, 1, 1).plusDays(r).toString(),
                    r % 5 == 0 ? null : String.valueOf(-r), String.valueOf((long) r * r)));
        }
        assertThat(query("SELECT * FROM " + read(file))).isEqualTo(expected);
    }

    @Test
    void three_hundred_thousand_rows_in_default_row_groups_add_up() throws Exception {
        Path file = directory.resolve("large.parquet");
        int rows = 300_000;
        long sumI = 0;
        int minI = Integer.MAX_VALUE;
        int maxI = Integer.MIN_VALUE;
        long sumB = 0;
        int countI = 0;
        try (var writer = new ParquetWriter(file, NAMES, TYPES)) {
            for (int r = 0; r < rows; r++) {
                writer.writeString(0, "Nguyễn " + r);
                writer.writeInt(1, r % 1000);
                if (r % 7 == 0) {
                    writer.writeNull(2);
                } else {
                    int i = r - 150_000;
                    writer.writeInt(2, i);
                    sumI += i;
                    minI = Math.min(minI, i);
                    maxI = Math.max(maxI, i);
                    countI++;
                }
                writer.writeLong(3, r * 1_000_003L);
                sumB += r * 1_000_003L;
                writer.endRow();
            }
        }

        assertThat(query("SELECT count(*), count(i), sum(i), min(i), max(i), sum(b), count(DISTINCT s), max(d) FROM "
                + read(file))).containsExactly(List.of(String.valueOf(rows), String.valueOf(countI),
                String.valueOf(sumI), String.valueOf(minI), String.valueOf(maxI), String.valueOf(sumB), String.valueOf(rows),
                LocalDate.ofEpochDay(999).toString()));
        assertThat(query("SELECT string_agg(s, ',' ORDER BY b) FROM " + read(file)
                + " WHERE b % " + 100_000 * 1_000_003L + " = 0"))
                .containsExactly(List.of("Nguyễn 0,Nguyễn 100000,Nguyễn 200000"));
        assertThat(query("SELECT count(*), min(row_group_num_rows), max(row_group_num_rows) FROM parquet_metadata("
                + quote(file) + ") WHERE column_id = 0"))
                .containsExactly(List.of("3", String.valueOf(rows - 2 * ParquetWriter.DEFAULT_ROW_GROUP_ROWS),
                        String.valueOf(ParquetWriter.DEFAULT_ROW_GROUP_ROWS)));
    }

    @Test
    void a_file_without_rows_has_its_columns_and_no_rows() throws Exception {
        Path file = directory.resolve("empty.parquet");
        new ParquetWriter(file, NAMES, TYPES).close();

        assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + read(file) + ")"))
                .containsExactly(List.of("s", "VARCHAR"), List.of("d", "DATE"), List.of("i", "INTEGER"),
                        List.of("b", "BIGINT"));
        assertThat(query("SELECT count(*) FROM " + read(file))).containsExactly(List.of("0"));
    }

    @Test
    void a_column_of_nulls_reads_as_nulls_and_has_no_min_max() throws Exception {
        Path file = directory.resolve("nulls.parquet");
        try (var writer = new ParquetWriter(file, List.of("k", "d"), List.of(Type.INTEGER, Type.DATE))) {
            for (int r = 0; r < 100; r++) {
                writer.writeInt(0, r);
                writer.writeNull(1);
                writer.endRow();
            }
        }

        assertThat(query("SELECT count(*), count(d), sum(k) FROM " + read(file)))
                .containsExactly(List.of("100", "0", "4950"));
        assertThat(query("SELECT stats_null_count, stats_min_value, stats_max_value FROM parquet_metadata("
                + quote(file) + ") WHERE path_in_schema = 'd'"))
                .containsExactly(Arrays.asList("100", null, null));
    }

    @Test
    void statistics_give_null_count_and_min_max_per_row_group() throws Exception {
        Path file = directory.resolve("stats.parquet");
        try (var writer = new ParquetWriter(file, NAMES, TYPES, 3)) {
            row(writer, "z", LocalDate.of(1950, 5, 1), 7, -5L);
            row(writer, null, LocalDate.of(2025, 6, 30), null, Long.MAX_VALUE);
            row(writer, "a", null, -3, Long.MIN_VALUE);
            row(writer, "m", LocalDate.of(2025, 7, 1), 4, 8L);
        }

        assertThat(query("SELECT row_group_id, path_in_schema, stats_null_count, stats_min_value, stats_max_value "
                + "FROM parquet_metadata(" + quote(file) + ") ORDER BY row_group_id, column_id")).containsExactly(
                Arrays.asList("0", "s", "1", null, null),
                List.of("0", "d", "1", "1950-05-01", "2025-06-30"),
                List.of("0", "i", "1", "-3", "7"),
                List.of("0", "b", "0", "-9223372036854775808", "9223372036854775807"),
                Arrays.asList("1", "s", "0", null, null),
                List.of("1", "d", "0", "2025-07-01", "2025-07-01"),
                List.of("1", "i", "0", "4", "4"),
                List.of("1", "b", "0", "8", "8"));
    }

    @Test
    void filters_on_dates_are_right_across_row_groups() throws Exception {
        Path file = directory.resolve("filter.parquet");
        LocalDate first = LocalDate.of(2025, 1, 1);
        int days = 365;
        try (var writer = new ParquetWriter(file, List.of("d", "n"), List.of(Type.DATE, Type.BIGINT), 30)) {
            for (int day = 0; day < days; day++) {
                writer.writeInt(0, (int) first.plusDays(day).toEpochDay());
                writer.writeLong(1, day);
                writer.endRow();
            }
        }

        long expected = first.plusDays(days).toEpochDay() - LocalDate.of(2025, 7, 1).toEpochDay();
        assertThat(query("SELECT count(*), min(d), max(d) FROM " + read(file) + " WHERE d >= DATE '2025-07-01'"))
                .containsExactly(List.of(String.valueOf(expected), "2025-07-01", "2025-12-31"));
        assertThat(query("SELECT count(*) FROM " + read(file) + " WHERE d < DATE '2025-02-01' AND n >= 0"))
                .containsExactly(List.of("31"));
    }

    @Test
    void definition_levels_of_any_null_pattern_read_back() throws Exception {
        Random random = new Random(20250701);
        int[] sizes = {1, 7, 8, 9, 31, 32, 33, 64, 65, 1000, 4099};
        for (int size : sizes) {
            for (int pattern = 0; pattern < 5; pattern++) {
                boolean[] isNull = nullPattern(random, size, pattern);
                Path file = directory.resolve("levels-" + size + "-" + pattern + ".parquet");
                try (var writer = new ParquetWriter(file, List.of("n", "v"), List.of(Type.BIGINT, Type.INTEGER))) {
                    for (int r = 0; r < size; r++) {
                        writer.writeLong(0, r);
                        if (isNull[r]) {
                            writer.writeNull(1);
                        } else {
                            writer.writeInt(1, r);
                        }
                        writer.endRow();
                    }
                }

                List<List<String>> expected = new ArrayList<>();
                for (int r = 0; r < size; r++) {
                    expected.add(Arrays.asList(String.valueOf(r), isNull[r] ? null : String.valueOf(r)));
                }
                assertThat(query("SELECT n, v FROM " + read(file))).as("%d rows, pattern %d", size, pattern)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void ending_a_row_with_a_column_missing_is_refused_and_the_row_can_be_completed() throws Exception {
        Path file = directory.resolve("missing.parquet");
        try (var writer = new ParquetWriter(file, NAMES, TYPES)) {
            writer.writeString(0, "a");
            writer.writeInt(1, 1);
            writer.writeLong(3, 3);
            assertThatThrownBy(writer::endRow).isInstanceOf(IllegalStateException.class).hasMessageContaining("[i]");
            writer.writeInt(2, 2);
            writer.endRow();
        }

        assertThat(query("SELECT * FROM " + read(file))).containsExactly(List.of("a", "1970-01-02", "2", "3"));
    }

    @Test
    void a_second_value_for_a_column_in_one_row_is_refused() throws Exception {
        try (var writer = new ParquetWriter(directory.resolve("twice.parquet"), NAMES, TYPES)) {
            writer.writeNull(0);
            assertThatThrownBy(() -> writer.writeString(0, "b")).isInstanceOf(IllegalStateException.class);
            writer.writeNull(1);
            writer.writeNull(2);
            writer.writeNull(3);
            writer.endRow();
        }
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() throws Exception {
        try (var writer = new ParquetWriter(directory.resolve("wrong.parquet"), NAMES, TYPES)) {
            assertThatThrownBy(() -> writer.writeInt(0, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.writeString(1, "2025-01-01")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.writeLong(2, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.writeInt(3, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.writeBytes(3, new byte[1], 0, 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rows_written_column_by_column_give_the_file_of_value_by_value_rows() throws Exception {
        Path byValue = directory.resolve("by-value.parquet");
        Path byColumn = directory.resolve("by-column.parquet");
        var random = new Random(11);
        byte[] text = "..Hoà ở Đà Nẵng..".getBytes(StandardCharsets.UTF_8);
        int batch = 64;
        boolean[][] present = new boolean[4][batch];
        long[][] numbers = new long[4][batch];
        byte[][][] texts = new byte[4][batch][];
        int[][] starts = new int[4][batch];
        int[][] ends = new int[4][batch];
        try (var values = new ParquetWriter(byValue, NAMES, TYPES, 1000); var columns = new ParquetWriter(byColumn, NAMES, TYPES, 1000)) {
            for (int n = 0; n < 40; n++) {
                // some rows of each batch are left out, as the loader leaves out rejected rows
                int[] rows = new int[batch];
                int count = 0;
                for (int r = 0; r < batch; r++) {
                    for (int c = 0; c < 4; c++) {
                        present[c][r] = random.nextBoolean();
                    }
                    numbers[1][r] = random.nextInt(40_000) - 20_000;
                    numbers[2][r] = random.nextInt();
                    numbers[3][r] = random.nextLong();
                    texts[0][r] = text;
                    starts[0][r] = 2 + random.nextInt(3);
                    ends[0][r] = text.length - 2;
                    if (random.nextInt(5) > 0) {
                        rows[count++] = r;
                        row(values, present[0][r] ? new String(text, starts[0][r], ends[0][r] - starts[0][r], StandardCharsets.UTF_8) : null,
                                present[1][r] ? LocalDate.ofEpochDay(numbers[1][r]) : null, present[2][r] ? (int) numbers[2][r] : null,
                                present[3][r] ? numbers[3][r] : null);
                    }
                }
                columns.writeRows(rows, count, present, numbers, texts, starts, ends);
            }
        }

        assertThat(query("SELECT * FROM " + read(byColumn))).isEqualTo(query("SELECT * FROM " + read(byValue)));
        String metadata = "SELECT row_group_id, row_group_num_rows, path_in_schema, stats_min_value, stats_max_value, "
                + "stats_null_count FROM parquet_metadata(%s) ORDER BY 1, 3";
        assertThat(query(metadata.formatted(quote(byColumn)))).isEqualTo(query(metadata.formatted(quote(byValue))));
    }

    @Test
    void rows_are_refused_while_a_row_is_written_value_by_value_or_when_an_int_does_not_fit() throws Exception {
        try (var writer = new ParquetWriter(directory.resolve("refused.parquet"), NAMES, TYPES)) {
            boolean[][] all = {{true}, {true}, {true}, {true}};
            byte[][][] texts = {{new byte[0]}, {null}, {null}, {null}};
            int[][] zero = {{0}, {0}, {0}, {0}};
            int[] first = {0};
            writer.writeInt(2, 1);
            assertThatThrownBy(() -> writer.writeRows(first, 1, all, new long[4][1], texts, zero, zero))
                    .isInstanceOf(IllegalStateException.class);
            writer.writeString(0, "");
            writer.writeInt(1, 0);
            writer.writeLong(3, 0);
            writer.endRow();
            assertThatThrownBy(() -> writer.writeRows(first, 1, all, new long[][] {{0}, {0}, {1L << 40}, {0}}, texts, zero, zero))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        }
    }

    private static void row(ParquetWriter writer, String s, LocalDate d, Integer i, Long b) throws Exception {
        if (s == null) {
            writer.writeNull(0);
        } else {
            writer.writeString(0, s);
        }
        if (d == null) {
            writer.writeNull(1);
        } else {
            writer.writeInt(1, (int) d.toEpochDay());
        }
        if (i == null) {
            writer.writeNull(2);
        } else {
            writer.writeInt(2, i);
        }
        if (b == null) {
            writer.writeNull(3);
        } else {
            writer.writeLong(3, b);
        }
        writer.endRow();
    }

    /** Patterns: none null, all null, random, long alternating stretches, every other row. */
    private static boolean[] nullPattern(Random random, int size, int pattern) {
        boolean[] isNull = new boolean[size];
        for (int r = 0; r < size; r++) {
            isNull[r] = switch (pattern) {
                case 0 -> false;
                case 1 -> true;
                case 2 -> random.nextInt(3) == 0;
                case 3 -> (r / 37) % 2 == 1 || r % 101 == 5;
                default -> r % 2 == 0;
            };
        }
        return isNull;
    }

    private static String read(Path file) {
        return "read_parquet(" + quote(file) + ")";
    }

    private static String quote(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    private static List<List<String>> query(String sql) throws SQLException {
        var properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
             var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
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
