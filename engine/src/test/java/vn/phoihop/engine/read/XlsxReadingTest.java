package vn.phoihop.engine.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.engine.read.LoaderFixture.SMALL;
import static vn.phoihop.engine.read.LoaderFixture.issueLines;
import static vn.phoihop.engine.read.LoaderFixture.query;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

    @TempDir
    Path input;
    @TempDir
    Path work;

    @Test
    void the_first_sheet_of_a_workbook_loads_like_a_csv_file_with_numbers_and_dates_read_as_shown() throws Exception {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Dân cư");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
            header(sheet, "Full_Name", "personal_id", "GENDER", "birth_date", "death_date", "note");
            Row text = sheet.createRow(1);
            text.createCell(0).setCellValue("Nguyễn Thị Hoà");
            text.createCell(1).setCellValue("001185012345");
            text.createCell(2).setCellValue("Nữ");
            text.createCell(3).setCellValue(LocalDate.of(1985, 3, 15));
            text.getCell(3).setCellStyle(date);
            text.createCell(4).setCellValue(LocalDate.of(2024, 2, 29));
            text.getCell(4).setCellStyle(date);
            // Excel turned the id into a number: the leading zero is gone
            Row number = sheet.createRow(2);
            number.createCell(0).setCellValue("Trần Văn Bình");
            number.createCell(1).setCellValue(79085012346d);
            number.createCell(2).setCellValue("Nam");
            number.createCell(3).setCellValue(1985);
            // a large number shown without exponent, a month-formatted date cell, an empty row between
            Row monthly = sheet.createRow(4);
            monthly.createCell(0).setCellValue("Lê Văn Cường");
            monthly.createCell(1).setCellValue(201090000001d);
            monthly.createCell(2).setCellValue("nam");
            monthly.createCell(3).setCellValue(LocalDate.of(1990, 7, 1));
            monthly.getCell(3).setCellStyle(month);
            workbook.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
            try (OutputStream out = Files.newOutputStream(input.resolve("population.xlsx"))) {
                workbook.write(out);
            }
        }
        LoadReport report = new DatasetLoader(SMALL).loadDirectory(input, work);

        DatasetLoad population = report.dataset("population").orElseThrow();
        assertThat(population.rowsRead()).isEqualTo(3);
        assertThat(population.rowsAccepted()).isEqualTo(2);
        assertThat(query("SELECT personal_id, full_name_norm, gender, birth_year, birth_month, birth_day, death_date, source_line FROM '"
                + work.resolve("population.parquet") + "' ORDER BY source_line")).containsExactly(
                Arrays.asList("001185012345", "nguyen thi hoa", "F", "1985", "3", "15", "2024-02-29", "2"),
                Arrays.asList("201090000001", "le van cuong", "M", "1990", "7", null, null, "5"));
        assertThat(issueLines(report.rejects())).containsExactly(
                "population,population.xlsx,3,personal_id,79085012346,Có vẻ đã mất số 0 ở đầu, ví dụ do Excel;"
                        .replace("Có vẻ", "\"Có vẻ")
                        + " hãy định dạng cột là văn bản (Text) / looks like a leading zero was lost, e.g. by Excel;"
                        + " format the column as text\"");
        assertThat(issueLines(report.warnings())).hasSize(1).first().asString()
                .startsWith("population,population.xlsx,1,,note,");
    }

    @Test
    void a_workbook_without_a_required_column_is_refused_as_a_whole() throws Exception {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            header(sheet, "reminder_ref", "sent_on");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("R1");
            row.createCell(1).setCellValue("2024-01-01");
            try (OutputStream out = Files.newOutputStream(input.resolve("payment_reminders.xlsx"))) {
                workbook.write(out);
            }
        }
        LoadReport report = new DatasetLoader(SMALL).loadDirectory(input, work);

        assertThat(report.dataset("payment_reminders").orElseThrow().status()).isEqualTo(LoadStatus.FILE_REJECTED);
        assertThat(issueLines(report.rejects())).containsExactly(
                "payment_reminders,payment_reminders.xlsx,1,unit_code,,Thiếu cột bắt buộc unit_code; tệp không được đọc"
                        + " / required column unit_code is missing; the file was not read");
    }

    @Test
    void a_file_that_only_pretends_to_be_a_workbook_is_refused_as_unreadable() throws Exception {
        Files.write(input.resolve("payment_reminders.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        LoadReport report = new DatasetLoader(SMALL).loadDirectory(input, work);

        assertThat(report.dataset("payment_reminders").orElseThrow().status()).isEqualTo(LoadStatus.FILE_REJECTED);
        assertThat(issueLines(report.rejects())).hasSize(1).first().asString()
                .contains("the file cannot be read");
    }

    @Test
    void a_zip_bomb_workbook_is_refused_as_unreadable_without_inflating_it() throws Exception {
        // a real workbook whose sheet is padded with 64 MB of blanks: 64 MB inflate from ~64 KB
        java.io.ByteArrayOutputStream valid = new java.io.ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            header(workbook.createSheet(), "unit_code", "reminder_ref", "sent_on");
            workbook.write(valid);
        }
        Path bomb = input.resolve("payment_reminders.xlsx");
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid.toByteArray()));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, data).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(data).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        LoadReport report = new DatasetLoader(SMALL).loadDirectory(input, work);

        assertThat(report.dataset("payment_reminders").orElseThrow().status()).isEqualTo(LoadStatus.FILE_REJECTED);
        assertThat(issueLines(report.rejects())).hasSize(1).first().asString()
                .contains("the file cannot be read").containsIgnoringCase("zip bomb");
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    @SuppressWarnings("unused")
    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }
}
