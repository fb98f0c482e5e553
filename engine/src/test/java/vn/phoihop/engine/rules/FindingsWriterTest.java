package vn.phoihop.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsWriterTest {

    @TempDir
    Path output;

    @Test
    void the_csv_is_sorted_by_rule_then_subject_then_detail_and_quoted_as_rfc_4180() throws Exception {
        try (Fixtures province = Fixtures.province()) {
            province.execute(RuleRunner.FINDINGS_DDL);
            province.execute("INSERT INTO findings VALUES"
                    + " ('POP-MISMATCH', '6201000002', NULL, NULL, NULL, NULL, 'b', 'L', '[]'),"
                    + " ('ARREARS-LATE', 'DV01', 5, 1, 2, NULL, 'Đơn vị ''A, B'' nợ \"5\"', 'Điều 38', '[]'),"
                    + " ('POP-MISMATCH', '6201000001', NULL, NULL, NULL, NULL, 'z', 'L', '[]'),"
                    + " ('POP-MISMATCH', '6201000001', NULL, NULL, NULL, NULL, 'a', 'L', '[{\"x\":1}]')");

            long written = new FindingsWriter().write(province.connection, output);

            assertThat(written).isEqualTo(4);
            List<String> lines = Files.readAllLines(output.resolve("findings.csv"), StandardCharsets.UTF_8);
            assertThat(lines).containsExactly(
                    "rule,subject,amount_vnd,interest_vnd,months,flags,detail,legal_basis",
                    "ARREARS-LATE,DV01,5,1,2,,\"Đơn vị 'A, B' nợ \"\"5\"\"\",Điều 38",
                    "POP-MISMATCH,6201000001,,,,,a,L",
                    "POP-MISMATCH,6201000001,,,,,z,L",
                    "POP-MISMATCH,6201000002,,,,,b,L");
            String json = Files.readString(output.resolve("findings.json"), StandardCharsets.UTF_8);
            assertThat(jsonArrayLength(province, json)).isEqualTo(4);
            assertThat(json).contains("\"evidence\":[{\"x\":1}]", "\"amount_vnd\":5", "\"flags\":null");
        }
    }

    @Test
    void a_detail_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text_but_a_negative_amount_stays_a_number()
            throws Exception {
        try (Fixtures province = Fixtures.province()) {
            province.execute(RuleRunner.FINDINGS_DDL);
            province.execute("INSERT INTO findings VALUES"
                    + " ('ARREARS-LATE', '=HYPERLINK(\"http://x\")', -1500, NULL, NULL, NULL, '@SUM(A1)', '+Điều 38', '[]'),"
                    + " ('ARREARS-LATE', 'DV02', NULL, NULL, NULL, NULL, '-2+3', 'L', '[]')");

            new FindingsWriter().write(province.connection, output);

            List<String> lines = Files.readAllLines(output.resolve("findings.csv"), StandardCharsets.UTF_8);
            assertThat(lines).containsExactly(
                    "rule,subject,amount_vnd,interest_vnd,months,flags,detail,legal_basis",
                    "ARREARS-LATE,\"'=HYPERLINK(\"\"http://x\"\")\",-1500,,,,'@SUM(A1),'+Điều 38",
                    "ARREARS-LATE,DV02,,,,,'-2+3,L");
        }
    }

    @Test
    void running_twice_yields_byte_identical_findings() throws Exception {
        byte[] firstCsv;
        byte[] firstJson;
        try (Fixtures province = richProvince(false)) {
            province.reconcile("2025-11-15");
            new FindingsWriter().write(province.connection, output.resolve("first"));
            firstCsv = Files.readAllBytes(output.resolve("first/findings.csv"));
            firstJson = Files.readAllBytes(output.resolve("first/findings.json"));

            province.reconcile("2025-11-15");
            new FindingsWriter().write(province.connection, output.resolve("second"));
        }
        assertThat(Files.readAllBytes(output.resolve("second/findings.csv"))).isEqualTo(firstCsv);
        assertThat(Files.readAllBytes(output.resolve("second/findings.json"))).isEqualTo(firstJson);
        assertThat(new String(firstCsv, StandardCharsets.UTF_8).lines().count()).isGreaterThan(6);

        try (Fixtures province = richProvince(true)) {
            province.reconcile("2025-11-15");
            new FindingsWriter().write(province.connection, output.resolve("reversed"));
        }
        // rows inserted in another order: same CSV (the evidence names other source lines)
        assertThat(Files.readAllBytes(output.resolve("reversed/findings.csv"))).isEqualTo(firstCsv);
    }

    /** A province with findings of several rules and ties on subject; optionally rows in reverse order. */
    private static Fixtures richProvince(boolean reversed) {
        Fixtures province = Fixtures.province();
        List<Runnable> rows = List.of(
                () -> province.person("062090000001", "Nguyễn Văn An", "1990-05-12", "M"),
                () -> province.insured("6201000001", "062090000001", "Nguyễn Văn Anh", "1990-05-12", "M"),
                () -> province.insured("6201000002", "062090000001", "Nguyen Van An", "1990", "F"),
                () -> province.insured("6201000003", null, "Trần Thị Bình", "1991", "F"),
                () -> province.employer("DV01", "6200000001", "active", "monthly"),
                () -> province.due("DV01", "2025-06", 3, 10_000_000),
                () -> province.due("DV01", "2025-09", 3, 10_000_000),
                () -> province.reminder("NH-1", "DV01", "2025-08-20"),
                () -> province.employer("DV02", "6200000002", "active", "quarterly"),
                () -> province.due("DV02", "2025-04", 3, 1_234_567),
                () -> province.facility("62001", 2024, 10, 20),
                () -> province.facility("62001", 2023, 10, 30),
                () -> province.card("GD4626201000001", "6201000001", null, "GD", "self", "2025-01-01", null),
                () -> province.card("HS4626201000002", "6201000002", null, "HS", "state_budget", "2025-01-01", null),
                () -> province.birth("062223000001", "Lê Minh Khang", "2023-01-01", "2023-02-01"));
        if (reversed) {
            for (int i = rows.size() - 1; i >= 0; i--) {
                rows.get(i).run();
            }
        } else {
            rows.forEach(Runnable::run);
        }
        return province;
    }

    private static long jsonArrayLength(Fixtures province, String json) throws SQLException {
        try (PreparedStatement statement = province.connection.prepareStatement(
                "SELECT json_array_length(CAST(? AS JSON))")) {
            statement.setString(1, json);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
