package vn.phoihop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.phoihop.IntegrationTest;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;

@IntegrationTest
class TemplateAndVariantsTest {

    @LocalServerPort
    int port;

    @Autowired
    ObligationCalendar calendar;

    @Test
    void the_business_registry_template_has_text_identifiers_descriptions_and_a_status_drop_down() throws Exception {
        ExchangeClient client = new ExchangeClient(port);
        String token = client.api.token("taichinh", "demo");
        ExchangeClient.Download template = client.download("/api/v1/datasets/business_registry/template.xlsx", token);
        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("tax_code");
            assertThat(header.getCell(0).getCellComment().getString().getString()).startsWith("Mã số thuế");
            assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getColumnStyle(2).getDataFormatString()).isNotEqualTo("@");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("active", "suspended", "dissolved", "bankrupt");
            assertThat(validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(3);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(2).getStringCellValue()).startsWith("Mã số thuế");
        }
        assertThat(client.download("/api/v1/datasets/nothing/template.xlsx", token).status()).isEqualTo(404);
    }

    @Test
    void a_template_filled_in_a_spreadsheet_uploads_cleanly_with_its_leading_zeros() throws Exception {
        ExchangeClient client = new ExchangeClient(port);
        String token = client.api.token("taichinh", "demo");
        byte[] template = client.download("/api/v1/datasets/business_registry/template.xlsx", token).body();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            fill(sheet.createRow(1), "0101234567", "Công ty TNHH Ánh Dương", LocalDate.of(2018, 4, 2), "active", dateStyle);
            fill(sheet.createRow(2), "0209876543-001", "Chi nhánh Quảng Ngãi", LocalDate.of(2020, 12, 31), "suspended",
                    dateStyle);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        ExchangeClient.Upload upload = client.submit(token, "business_registry", "mau-da-dien.xlsx", filled, null, null);

        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.body().path("status").asString()).isEqualTo("accepted");
        assertThat(upload.body().path("rows_accepted").asLong()).isEqualTo(2);
        assertThat(upload.body().path("warnings").asLong()).isZero();
    }

    private static void fill(Row row, String taxCode, String name, LocalDate registered, String status,
            CellStyle dateStyle) {
        row.createCell(0).setCellValue(taxCode);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(registered);
        row.getCell(2).setCellStyle(dateStyle);
        row.createCell(3).setCellValue(status);
    }

    /** The golden file of every variant: the same two bad lines, whatever the encoding details. */
    static Stream<Arguments> variants() throws Exception {
        String plain = BusinessFiles.withOneBadDateAndOneLostZero();
        return Stream.of(
                Arguments.of("lf.csv", plain.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bom-crlf.csv", ("\uFEFF" + plain.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("semicolon.csv", plain.replace(',', ';').getBytes(StandardCharsets.UTF_8)),
                Arguments.of("tab.txt", plain.replace(',', '\t').getBytes(StandardCharsets.UTF_8)),
                Arguments.of("excel.xlsx", xlsx(plain)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void every_file_variant_gives_the_same_receipt_counts_and_rejects(String name, byte[] content) {
        ExchangeClient client = new ExchangeClient(port);
        String token = client.api.token("taichinh", "demo");
        ExchangeClient.Upload upload = client.submit(token, "business_registry", name, content, null, null);
        JsonNode receipt = upload.body();
        assertThat(receipt.path("status").asString()).isEqualTo("accepted_with_rejects");
        assertThat(receipt.path("rows_read").asLong()).isEqualTo(5);
        assertThat(receipt.path("rows_rejected").asLong()).isEqualTo(2);
        String rejects = client.download("/api/v1/submissions/" + receipt.path("id").asString() + "/rejects", token)
                .text();
        assertThat(rejects.lines().skip(1).map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1))))
                .containsExactly("5,registered_on", "6,tax_code");
    }

    @Test
    void a_submission_for_an_overdue_quarter_fulfils_it_late_and_one_for_another_duty_is_refused() {
        ExchangeClient client = new ExchangeClient(port);
        String token = client.api.token("taichinh", "demo");
        ObligationInstance third = calendar.instances(2026, "51").stream()
                .filter(i -> "business_registry".equals(i.dataset()) && i.period().equals("Q3")).findFirst()
                .orElseThrow();
        ObligationInstance taxDuty = calendar.instances(2026, "51").stream()
                .filter(i -> "tax_employers".equals(i.dataset())).findFirst().orElseThrow();

        ExchangeClient.Upload mismatch = client.submit(token, "business_registry", "q3.csv",
                BusinessFiles.good().getBytes(StandardCharsets.UTF_8), null, taxDuty.id());
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("exchange.obligation_mismatch");

        ExchangeClient.Upload upload = client.submit(token, "business_registry", "q3.csv",
                BusinessFiles.good().getBytes(StandardCharsets.UTF_8), null, third.id());
        assertThat(upload.status()).isEqualTo(201);
        ObligationInstance fulfilled = calendar.byId(third.id()).orElseThrow();
        assertThat(fulfilled.status()).isEqualTo(ObligationInstance.Status.FULFILLED);
        assertThat(fulfilled.fulfilledLate()).isTrue();
        assertThat(fulfilled.fulfilmentRef()).isEqualTo(upload.body().path("id").asString());
    }

    private static byte[] xlsx(String csv) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("dn");
            int r = 0;
            for (String line : csv.split("\n")) {
                Row row = sheet.createRow(r++);
                String[] cells = line.split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
