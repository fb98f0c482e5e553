package vn.phoihop.engine.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.engine.read.LoaderFixture.SMALL;
import static vn.phoihop.engine.read.LoaderFixture.issueLines;
import static vn.phoihop.engine.read.LoaderFixture.query;
import static vn.phoihop.engine.read.LoaderFixture.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.engine.catalog.Catalog;

class DatasetLoaderTest {

    @TempDir
    Path input;
    @TempDir
    Path work;

    private final DatasetLoader loader = new DatasetLoader(SMALL);

    @Test
    void accepted_rows_are_stored_with_the_typed_schema_and_read_back_through_duckdb() throws Exception {
        write(input, "population.csv", """
                personal_id,full_name,birth_date,gender,province_code,commune_code,death_date,old_id_number
                001085012345,Nguyễn Thị Hoà,15/03/1985,Nữ,01,00001,2024-02-29,012345678
                079200123456,"Trần Văn \"\"Tí\"\"",2000-07,nam,,,,
                001190000001,Lê Đức Anh,1990,NAM,,,,
                """);
        LoadReport report = loader.loadDirectory(input, work);

        DatasetLoad population = report.dataset("population").orElseThrow();
        assertThat(population.status()).isEqualTo(LoadStatus.LOADED);
        assertThat(population.rowsAccepted()).isEqualTo(3);
        Path parquet = population.parquet().orElseThrow();
        assertThat(parquet).isEqualTo(work.resolve("population.parquet"));

        assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '" + parquet + "')"))
                .containsExactly(
                        List.of("personal_id", "VARCHAR"), List.of("full_name", "VARCHAR"),
                        List.of("full_name_norm", "VARCHAR"), List.of("birth_year", "INTEGER"),
                        List.of("birth_month", "INTEGER"), List.of("birth_day", "INTEGER"),
                        List.of("gender", "VARCHAR"), List.of("province_code", "VARCHAR"),
                        List.of("commune_code", "VARCHAR"), List.of("death_date", "DATE"),
                        List.of("old_id_number", "VARCHAR"), List.of("source_line", "BIGINT"));
        assertThat(query("SELECT * FROM '" + parquet + "' ORDER BY source_line")).containsExactly(
                java.util.Arrays.asList("001085012345", "Nguyễn Thị Hoà", "nguyen thi hoa", "1985", "3", "15", "F",
                        "01", "00001", "2024-02-29", "012345678", "2"),
                java.util.Arrays.asList("079200123456", "Trần Văn \"Tí\"", "tran van \"ti\"", "2000", "7", null, "M",
                        null, null, null, null, "3"),
                java.util.Arrays.asList("001190000001", "Lê Đức Anh", "le duc anh", "1990", null, null, "M",
                        null, null, null, null, "4"));
    }

    @Test
    void white_space_beyond_ascii_around_a_value_is_stripped_as_string_strip_does_and_no_break_space_is_kept() throws Exception {
        // U+3000 ideographic, U+2002 en space, U+1680 ogham space mark, U+00A0 no-break space (not white space in Java)
        write(input, "population.csv", "personal_id,full_name,birth_date,gender\n"
                + "\u3000001085012345\u2002,\u1680Lê Hà\u3000,1985, Nữ\u2002\n"
                + "001085012346,\u00A0Lê Hà\u00A0,1985,\u3000nam\n");
        loader.loadDirectory(input, work);

        assertThat(query("SELECT personal_id, full_name, full_name_norm, gender FROM '" + work.resolve("population.parquet")
                + "' ORDER BY source_line")).containsExactly(
                List.of("001085012345", "Lê Hà", "le ha", "F"),
                List.of("001085012346", "\u00A0Lê Hà\u00A0", "le ha", "M"));
    }

    @Test
    void months_money_counts_and_enumerations_are_stored_typed() throws Exception {
        write(input, "contribution_dues.csv", """
                unit_code;period;headcount;amount_due
                DN-001;01/2024;12;1.234.567
                DN-001;2024-02;1,000;0
                """);
        write(input, "employers.csv", """
                unit_code,tax_code,name,registered_on,status,payment_mode,sector
                DN-001,0101234567-001,"Công ty A, chi nhánh",2020-01-01,Active,HALF_YEARLY,enterprise
                """);
        loader.loadDirectory(input, work);

        assertThat(query("SELECT period, headcount, amount_due, typeof(period), typeof(amount_due), typeof(headcount) FROM '"
                + work.resolve("contribution_dues.parquet") + "' ORDER BY period")).containsExactly(
                List.of("2024-01-01", "12", "1234567", "DATE", "BIGINT", "INTEGER"),
                List.of("2024-02-01", "1000", "0", "DATE", "BIGINT", "INTEGER"));
        assertThat(query("SELECT tax_code, name, status, payment_mode FROM '" + work.resolve("employers.parquet") + "'"))
                .containsExactly(List.of("0101234567-001", "Công ty A, chi nhánh", "active", "half_yearly"));
    }

    @Test
    void every_row_read_is_counted_as_accepted_or_rejected_and_missing_datasets_are_reported() throws Exception {
        write(input, "payment_reminders.csv", """
                reminder_ref,unit_code,sent_on
                R1,DN-001,2024-05-01
                R2,DN 001,2024-05-01
                ,,
                R1,DN-002,2024-05-02
                R3,DN-003,31/02/2024
                """);
        LoadReport report = loader.loadDirectory(input, work);

        DatasetLoad reminders = report.dataset("payment_reminders").orElseThrow();
        assertThat(reminders.rowsRead()).isEqualTo(4);
        assertThat(reminders.rowsAccepted()).isEqualTo(1);
        assertThat(reminders.rowsRejected()).isEqualTo(3);
        assertThat(reminders.file()).contains("payment_reminders.csv");
        assertThat(report.dataset("population").orElseThrow().status()).isEqualTo(LoadStatus.MISSING);
        assertThat(report.datasets()).hasSize(17);
        assertThat(issueLines(report.rejects())).containsExactly(
                "payment_reminders,payment_reminders.csv,3,unit_code,DN 001,"
                        + "\"Phải gồm 1–20 ký tự: chữ cái, chữ số, '-', '_' / must be 1–20 characters: letters, digits, '-', '_'\"",
                "payment_reminders,payment_reminders.csv,5,reminder_ref,R1,Khoá trùng với dòng 2 / duplicate key: the same key is on line 2",
                "payment_reminders,payment_reminders.csv,6,sent_on,31/02/2024,"
                        + "Ngày không hợp lệ; dùng YYYY-MM-DD hoặc DD/MM/YYYY / not a valid date; use YYYY-MM-DD or DD/MM/YYYY");
    }

    @Test
    void a_missing_required_column_refuses_the_whole_file_and_stores_nothing() throws Exception {
        write(input, "union_units.csv", """
                tax_code,members
                0101234567,12
                """);
        LoadReport report = loader.loadDirectory(input, work);

        DatasetLoad unions = report.dataset("union_units").orElseThrow();
        assertThat(unions.status()).isEqualTo(LoadStatus.FILE_REJECTED);
        assertThat(unions.rowsAccepted()).isZero();
        assertThat(unions.parquet()).isEmpty();
        assertThat(work.resolve("union_units.parquet")).doesNotExist();
        assertThat(issueLines(report.rejects())).containsExactly(
                "union_units,union_units.csv,1,union_founded_on,,Thiếu cột bắt buộc union_founded_on; tệp không được đọc"
                        + " / required column union_founded_on is missing; the file was not read");
    }

    @Test
    void headers_match_whatever_their_case_spaces_and_order_and_unknown_columns_give_one_warning() throws Exception {
        write(input, "UNION_UNITS.CSV", """
                 Members , Remark,UNION_FOUNDED_ON,Tax_Code ,note
                12,hello,2019-05-01,0101234567,x
                """);
        LoadReport report = loader.loadDirectory(input, work);

        assertThat(report.dataset("union_units").orElseThrow().rowsAccepted()).isEqualTo(1);
        assertThat(query("SELECT tax_code, union_founded_on, members FROM '" + work.resolve("union_units.parquet") + "'"))
                .containsExactly(List.of("0101234567", "2019-05-01", "12"));
        assertThat(issueLines(report.warnings())).containsExactly(
                "union_units,UNION_UNITS.CSV,1,,\"remark, note\",\"Các cột không xác định được bỏ qua: remark, note"
                        + " / unknown columns ignored: remark, note\"");
        assertThat(report.dataset("union_units").orElseThrow().warnings()).isEqualTo(1);
    }

    @Test
    void a_personal_id_contradicting_gender_or_birth_year_is_accepted_with_warnings() throws Exception {
        write(input, "population.csv", """
                personal_id,full_name,birth_date,gender
                001085012345,Nguyễn Văn Nam,1985-03-15,Nam
                001286012345,Trần Thị Bình,1985,Nữ
                """);
        LoadReport report = loader.loadDirectory(input, work);

        assertThat(report.dataset("population").orElseThrow().rowsAccepted()).isEqualTo(2);
        assertThat(issueLines(report.warnings())).containsExactly(
                "population,population.csv,3,personal_id,001286012345,\"Chữ số thứ 4 của số định danh (2) chỉ giới tính Nam,"
                        + " nhưng cột gender là Nữ / the 4th digit of personal_id (2) is for gender Nam, but the row says Nữ\"",
                "population,population.csv,3,personal_id,001286012345,\"Chữ số thứ 4 của số định danh (2) chỉ người sinh"
                        + " trong các năm 2000–2099, nhưng năm sinh là 1985 / the 4th digit of personal_id (2) means born in"
                        + " 2000–2099, but the birth year is 1985\"",
                "population,population.csv,3,personal_id,001286012345,Chữ số thứ 5–6 của số định danh (86) không khớp"
                        + " năm sinh 1985 / digits 5–6 of personal_id (86) do not match the birth year 1985");
        assertThat(report.dataset("population").orElseThrow().warnings()).isEqualTo(3);
    }

    @Test
    void progress_is_reported_with_the_rows_read() throws Exception {
        var sb = new StringBuilder("reminder_ref,unit_code,sent_on\n");
        for (int i = 0; i < 250_000; i++) {
            sb.append('R').append(i).append(",DN-1,2024-01-01\n");
        }
        write(input, "payment_reminders.csv", sb.toString());
        var heard = new ConcurrentHashMap<Long, Boolean>();
        LoadReport report = loader.loadDirectory(input, work, (dataset, rows) -> heard.put(rows, true));

        assertThat(heard.keySet()).containsExactlyInAnyOrder(100_000L, 200_000L, 250_000L);
        assertThat(report.dataset("payment_reminders").orElseThrow().rowsAccepted()).isEqualTo(250_000);
    }

    @Test
    void a_single_file_of_any_name_loads_for_the_dataset_it_is_given_for() throws Exception {
        Path upload = write(input, "upload-7f3a.tmp", """
                reminder_ref,unit_code,sent_on
                R1,DN-001,2024-05-01
                R2,DN-001,2024-13-01
                """);
        FileLoad load = loader.loadFile(Catalog.byCode("payment_reminders").orElseThrow(), upload, work, LoadProgress.NONE);

        assertThat(load.load().rowsAccepted()).isEqualTo(1);
        assertThat(load.load().file()).contains("upload-7f3a.tmp");
        assertThat(issueLines(load.rejects())).hasSize(1).first().asString().startsWith("payment_reminders,upload-7f3a.tmp,3,sent_on,");
        assertThat(Files.readString(load.warnings())).isEqualTo(IssueWriter.HEADER);
        assertThat(query("SELECT count(*) FROM '" + work.resolve("payment_reminders.parquet") + "'"))
                .containsExactly(List.of("1"));
    }

    @Test
    void an_upload_stored_under_another_name_is_reported_under_the_name_the_sender_gave_it() throws Exception {
        Path upload = write(input, "3b1f.bin", "reminder_ref,unit_code,sent_on\nR1,DN 1,2024-05-01\n");
        FileLoad load = loader.loadFile(Catalog.byCode("payment_reminders").orElseThrow(), upload, "nhac-no-T5.csv",
                work, LoadProgress.NONE);

        assertThat(load.load().file()).contains("nhac-no-T5.csv");
        assertThat(issueLines(load.rejects())).hasSize(1).first().asString()
                .startsWith("payment_reminders,nhac-no-T5.csv,2,unit_code,DN 1,");
    }

    @Test
    void two_files_for_one_dataset_are_both_refused_rather_than_one_chosen() throws Exception {
        write(input, "payment_reminders.csv", "reminder_ref,unit_code,sent_on\nR1,DN-1,2024-01-01\n");
        write(input, "Payment_Reminders.xlsx", "not really a workbook");
        LoadReport report = loader.loadDirectory(input, work);

        assertThat(report.dataset("payment_reminders").orElseThrow().status()).isEqualTo(LoadStatus.FILE_REJECTED);
        assertThat(issueLines(report.rejects())).hasSize(2).allMatch(line -> line.contains("several files for the same dataset"));
    }

    @Test
    void a_stale_parquet_file_of_a_dataset_not_given_this_time_is_removed() throws Exception {
        write(input, "payment_reminders.csv", "reminder_ref,unit_code,sent_on\nR1,DN-1,2024-01-01\n");
        loader.loadDirectory(input, work);
        assertThat(work.resolve("payment_reminders.parquet")).exists();

        Files.delete(input.resolve("payment_reminders.csv"));
        LoadReport report = loader.loadDirectory(input, work);

        assertThat(report.loaded()).isEmpty();
        assertThat(work.resolve("payment_reminders.parquet")).doesNotExist();
    }

    @Test
    void text_with_commas_quotes_and_line_breaks_reaches_the_table_unchanged() throws Exception {
        write(input, "business_registry.csv", "tax_code,name,registered_on,status,address\n"
                + "0101234567,\"Công ty \"\"Sao Mai\"\", chi nhánh\",2020-01-01,active,\"Số 1,\r\nphường 2\"\n");
        loader.loadDirectory(input, work);

        assertThat(query("SELECT name, address, source_line FROM '" + work.resolve("business_registry.parquet") + "'"))
                .containsExactly(List.of("Công ty \"Sao Mai\", chi nhánh", "Số 1,\r\nphường 2", "2"));
    }
}
