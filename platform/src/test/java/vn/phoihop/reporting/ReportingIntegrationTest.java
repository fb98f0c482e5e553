package vn.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.exchange.DatasetVersions;
import vn.phoihop.shared.document.PdfTools;

/**
 * Reports and lists over HTTP as the agencies use them, their figures checked against the data
 * behind them (computed again in the test), their documents read back.
 */
@IntegrationTest
class ReportingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatasetVersions versions;

    Api api;
    String bhxh;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        bhxh = api.token("bhxh", "demo");
    }

    byte[] download(String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    static Map<String, BigDecimal> values(JsonNode report) {
        Map<String, BigDecimal> out = new HashMap<>();
        report.path("indicators").forEach(i -> out.put(i.path("key").asString(), i.path("value").decimalValue()));
        return out;
    }

    @Test
    void the_demo_has_a_consolidated_first_half_2026_report_with_the_agencies_parts() {
        Api.Response report = api.get("/api/v1/reports/periodic?period=2026-H1&format=json", bhxh);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().path("status").asString()).isEqualTo("consolidated");
        assertThat(report.body().path("number").asString()).matches("\\d{2}/BC-BHXH");
        assertThat(report.body().path("parts").size()).isGreaterThanOrEqualTo(5);
        assertThat(report.body().path("inspection_data").asBoolean()).as("the inspection module's figures").isTrue();
        assertThat(values(report.body()).get("inspections.planned")).isEqualByComparingTo(BigDecimal.valueOf(jdbc.sql("""
                SELECT count(*) FROM inspection WHERE kind = 'planned' AND province_code = '51'
                  AND make_date(year, planned_month, 1) BETWEEN DATE '2026-01-01' AND DATE '2026-06-30'""")
                .query(Long.class).single()));
        assertThat(values(report.body()).get("findings.runs")).isEqualByComparingTo(BigDecimal.valueOf(jdbc.sql("""
                SELECT count(*) FROM reconcile_run WHERE status = 'succeeded' AND province_code = '51'
                  AND as_of BETWEEN DATE '2026-01-01' AND DATE '2026-06-30' AND started_by = 'demo'""")
                .query(Long.class).single()));
        Integer fulfilled = jdbc.sql("""
                SELECT count(*) FROM obligation_instance WHERE duty_id = '004-24.2' AND period = 'H1' AND year = 2026
                  AND province_code = '51' AND status = 'fulfilled'""").query(Integer.class).single();
        assertThat(fulfilled).isEqualTo(1);
    }

    @Test
    void the_figures_match_the_data_behind_them() throws Exception {
        JsonNode report = api.get("/api/v1/reports/periodic?period=2026-H2&format=json", bhxh).body();
        assertThat(report.path("status").asString()).isEqualTo("draft");
        Map<String, BigDecimal> v = values(report);
        ProvinceFacts facts = new ProvinceFacts(versions, "51");

        Map<String, ProvinceFacts.Arrears> arrears = facts.arrears(LocalDate.of(2026, 12, 31));
        assertThat(v.get("arrears.units")).isEqualByComparingTo(BigDecimal.valueOf(arrears.size()));
        assertThat(v.get("arrears.overdue_vnd")).isEqualByComparingTo(BigDecimal.valueOf(
                arrears.values().stream().mapToLong(ProvinceFacts.Arrears::overdue).sum()));
        assertThat(v.get("arrears.evasion_vnd")).isEqualByComparingTo(BigDecimal.valueOf(
                arrears.values().stream().mapToLong(ProvinceFacts.Arrears::evasion).sum()));
        Map<String, ProvinceFacts.Arrears> september = facts.arrears(LocalDate.of(2026, 9, 30));
        assertThat(v.get("arrears.trend.2026-09")).isEqualByComparingTo(BigDecimal.valueOf(
                september.values().stream().mapToLong(ProvinceFacts.Arrears::overdue).sum()));
        assertThat(arrears).isNotEmpty();

        long[] verified = facts.verified();
        assertThat(v.get("verification.insured")).isEqualByComparingTo(BigDecimal.valueOf(verified[0]));
        assertThat(v.get("verification.verified")).isEqualByComparingTo(BigDecimal.valueOf(verified[1]));
        assertThat(v.get("verification.verified_pct")).isEqualByComparingTo(BigDecimal.valueOf(verified[1] * 100)
                .divide(BigDecimal.valueOf(verified[0]), 2, RoundingMode.HALF_UP));

        List<Map<String, Object>> findings = jdbc.sql("SELECT rule, status, count(*) AS n FROM finding "
                + "WHERE province_code = '51' GROUP BY rule, status").query().listOfRows();
        assertThat(findings).isNotEmpty();
        long total = 0;
        for (Map<String, Object> row : findings) {
            total += ((Number) row.get("n")).longValue();
            assertThat(v.get("findings.by_rule." + row.get("rule") + "." + row.get("status")))
                    .as("%s %s", row.get("rule"), row.get("status"))
                    .isEqualByComparingTo(BigDecimal.valueOf(((Number) row.get("n")).longValue()));
        }
        assertThat(v.get("findings.total")).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(v.get("findings.runs")).isEqualByComparingTo(BigDecimal.valueOf(jdbc.sql("""
                SELECT count(*) FROM reconcile_run WHERE status = 'succeeded' AND province_code = '51'
                  AND as_of BETWEEN DATE '2026-07-01' AND DATE '2026-12-31'""").query(Long.class).single()));
        assertThat(v.get("participants.population")).isEqualByComparingTo(BigDecimal.valueOf(
                facts.alive(LocalDate.of(2026, 12, 31))));
    }

    @Test
    void the_duties_on_time_rate_counts_the_calendar_of_the_period() {
        JsonNode report = api.get("/api/v1/reports/periodic?period=2026-H1&format=json", bhxh).body();
        Map<String, BigDecimal> v = values(report);
        List<Map<String, Object>> due = jdbc.sql("""
                SELECT status, fulfilled_late FROM obligation_instance
                WHERE province_code = '51' AND due_date BETWEEN DATE '2026-01-01' AND DATE '2026-06-30'
                  AND status <> 'waived' AND from_role = 'tax.province'""").query().listOfRows();
        long onTime = due.stream().filter(r -> "fulfilled".equals(r.get("status"))
                && !Boolean.TRUE.equals(r.get("fulfilled_late"))).count();
        assertThat(v.get("duties.tax.province.due")).isEqualByComparingTo(BigDecimal.valueOf(due.size()));
        assertThat(v.get("duties.tax.province.on_time")).isEqualByComparingTo(BigDecimal.valueOf(onTime));
    }

    @Test
    void the_docx_and_the_pdf_carry_the_national_header_the_vietnamese_text_and_the_figures() throws Exception {
        JsonNode report = api.get("/api/v1/reports/periodic?period=2026-H1&format=json", bhxh).body();
        Map<String, BigDecimal> v = values(report);
        String units = vn.phoihop.reporting.internal.Formats.number(v.get("arrears.units"));
        String amount = vn.phoihop.reporting.internal.Formats.number(v.get("arrears.overdue_vnd"));

        byte[] docx = download("/api/v1/reports/periodic?period=2026-H1&format=docx", bhxh);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(read)) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI", "Số: " + report.path("number").asString(), "BÁO CÁO",
                    "Kết quả thực hiện Quy chế phối hợp 6 tháng đầu năm 2026", "có " + units + " đơn vị chậm đóng, trốn đóng",
                    amount + " đồng", "Công an tỉnh Quảng Ngãi — Kết quả thực hiện", "Nơi nhận:");
            assertThat(read.getAllPictures()).hasSizeGreaterThanOrEqualTo(2);
        }

        byte[] pdf = download("/api/v1/reports/periodic?period=2026-H1&format=pdf", bhxh);
        assertThat(PdfTools.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).contains("LiberationSerif");
            assertThat(font.embedded()).isTrue();
            assertThat(font.unicode()).isTrue();
        });
        String text = PdfTools.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "TÌNH HÌNH CHẬM ĐÓNG, TRỐN ĐÓNG", "có " + units + " đơn vị chậm đóng, trốn đóng", amount + " đồng",
                "THANH TRA, KIỂM TRA", "Số cuộc kiểm tra theo kế hoạch trong kỳ", "Khó khăn, vướng mắc",
                "Quảng Ngãi, ngày ", "Ủy ban nhân dân tỉnh Quảng Ngãi;");
        assertThat(text).doesNotContain("Tỉnh Quảng Ngãi, ngày").doesNotContain("tỉnh Tỉnh");
    }

    @Test
    void the_xlsx_annex_has_number_formats_identifiers_as_text_and_charts() throws Exception {
        JsonNode report = api.get("/api/v1/reports/periodic?period=2026-H1&format=json", bhxh).body();
        Map<String, BigDecimal> v = values(report);
        byte[] xlsx = download("/api/v1/reports/periodic?period=2026-H1&format=xlsx", bhxh);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet trend = book.getSheet("Nợ đóng");
            assertThat(trend.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2026-01");
            assertThat(trend.getRow(7).getCell(1).getNumericCellValue())
                    .isEqualTo(v.get("arrears.trend.2026-06").doubleValue());
            assertThat(trend.getRow(7).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(book.getSheet("Phát hiện").getDrawingPatriarch().getCharts()).hasSize(1);
            XSSFSheet all = book.getSheet("Chỉ tiêu");
            assertThat(all.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void an_agency_drafts_writes_and_submits_its_yearly_part_and_only_social_security_consolidates() {
        String giaoduc = api.token("giaoduc", "demo");
        Api.Response part = api.post("/api/v1/reports/periodic/parts?period=2026", giaoduc, "");
        assertThat(part.status()).isEqualTo(200);
        long id = part.body().path("id").asLong();
        assertThat(part.body().path("status").asString()).isEqualTo("draft");
        assertThat(api.post("/api/v1/reports/periodic/parts/" + id + "/submit", giaoduc, "").code())
                .isEqualTo("reporting.narrative_missing");
        Api.Response written = put("/api/v1/reports/periodic/parts/" + id + "/narrative/results", giaoduc,
                "{\"text\": \"100 % học sinh, sinh viên tham gia BHYT; đã rà soát các trường chưa đủ.\"}");
        assertThat(written.status()).isEqualTo(200);
        assertThat(put("/api/v1/reports/periodic/parts/" + id + "/narrative/results", bhxh, "{\"text\": \"x\"}").code())
                .isEqualTo("reporting.not_yours");
        Api.Response submitted = api.post("/api/v1/reports/periodic/parts/" + id + "/submit", giaoduc, "");
        assertThat(submitted.body().path("status").asString()).isEqualTo("submitted");
        assertThat(api.post("/api/v1/reports/periodic/parts/" + id + "/submit", giaoduc, "").code())
                .isEqualTo("reporting.not_draft");
        assertThat(jdbc.sql("""
                SELECT status FROM obligation_instance WHERE duty_id = '004-24.1.b' AND year = 2026 AND period = 'Y'
                  AND province_code = '51' AND from_role = 'education.province'""").query(String.class).single())
                .isEqualTo("fulfilled");
        assertThat(api.post("/api/v1/reports/periodic/consolidate?period=2026", giaoduc, "").code())
                .isEqualTo("reporting.not_social_security");
        Api.Response consolidated = api.post("/api/v1/reports/periodic/consolidate?period=2026", bhxh, "");
        assertThat(consolidated.body().path("status").asString()).isEqualTo("consolidated");
        assertThat(api.post("/api/v1/reports/periodic/consolidate?period=2026", bhxh, "").code())
                .isEqualTo("reporting.already_consolidated");
        JsonNode yearly = api.get("/api/v1/reports/periodic?period=2026&format=json", bhxh).body();
        assertThat(yearly.path("parts").toString()).contains("100 % học sinh");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('report.submit', 'report.consolidate')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/v1/reports/periodic?period=2026-Q3&format=json", bhxh).code())
                .isEqualTo("reporting.bad_parameter");
        assertThat(api.get("/api/v1/reports/periodic?period=2026-H1&format=json", null).status()).isEqualTo(401);
    }

    Api.Response put(String path, String token, String json) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(response.body()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_arrears_list_matches_the_data_and_the_published_list_names_organisations_only() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        JsonNode list = api.get("/api/v1/lists/arrears?as_of=" + asOf + "&format=json", api.token("ldld", "demo")).body();
        JsonNode rows = list.path("sheets").path("Nợ đóng");
        Map<String, ProvinceFacts.Arrears> expected = new ProvinceFacts(versions, "51").arrears(asOf);
        assertThat(rows.size()).isEqualTo(expected.size());
        rows.forEach(r -> {
            ProvinceFacts.Arrears a = expected.get(r.path("unit_code").asString());
            assertThat(a).as(r.toString()).isNotNull();
            assertThat(r.path("overdue_vnd").asLong()).isEqualTo(a.overdue());
            assertThat(r.path("evasion_vnd").asLong()).isEqualTo(a.evasion());
            assertThat(r.path("status").asString()).isEqualTo(a.evasion() > 0 ? "Trốn đóng" : "Chậm đóng");
        });

        HttpResponse<String> published = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/public/lists/arrears?province=51")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).isEqualTo(200);
        JsonNode publicRows = tools.jackson.databind.json.JsonMapper.builder().build().readTree(published.body())
                .path("rows");
        assertThat(publicRows.size()).isPositive();
        publicRows.forEach(r -> {
            assertThat(r.has("unit_code")).isFalse();
            assertThat(r.path("tax_code").asString()).matches("\\d{10}|\\d{13}");
        });
        assertThat(publicRows.size()).isEqualTo((int) expected.values().stream()
                .filter(a -> a.taxCode().replace("-", "").matches("\\d{10}|\\d{13}")).count());
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/public/late-units?province=51")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Luật Bảo hiểm xã hội 2024 Điều 35", "30/06/2026");
    }

    @Test
    void the_awards_list_judges_education_units_at_the_end_of_july_and_downloads_as_xlsx() throws Exception {
        String token = api.token("ldld", "demo");
        JsonNode list = api.get("/api/v1/lists/awards?as_of=2026-12-31&format=json", token).body();
        JsonNode rows = list.path("sheets").path("Khen thưởng");
        assertThat(rows.size()).isPositive();
        Map<String, ProvinceFacts.Arrears> july = new ProvinceFacts(versions, "51").arrears(LocalDate.of(2026, 7, 31));
        Map<String, ProvinceFacts.Arrears> december = new ProvinceFacts(versions, "51").arrears(LocalDate.of(2026, 12, 31));
        rows.forEach(r -> {
            boolean education = r.path("sector").asString().equals("education");
            assertThat(r.path("reference").asString()).isEqualTo(education ? "2026-07-31" : "2026-12-31");
            ProvinceFacts.Arrears owed = (education ? july : december).get(r.path("unit_code").asString());
            assertThat(r.path("overdue_vnd").asLong()).isEqualTo(owed == null ? 0 : owed.overdue());
            assertThat(r.path("status").asString()).startsWith(owed == null ? "Đủ điều kiện" : "Không đề nghị");
        });
        byte[] xlsx = download("/api/v1/lists/awards?as_of=2026-12-31&format=xlsx", token);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Khen thưởng");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Mã số thuế");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size() + 1);
        }
        byte[] pdf = download("/api/v1/lists/businesses?as_of=2026-06-30&format=pdf", token);
        assertThat(PdfTools.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).isTrue());
        assertThat(PdfTools.text(pdf)).contains("DANH SÁCH", "Quy chế Kon Tum Điều 9.1");
        JsonNode units = api.get("/api/v1/lists/new-units?as_of=2026-06-30&format=json", token).body();
        assertThat(units.path("from").asString()).isEqualTo("2026-01-01");
        assertThat(units.path("sheets").has("Công đoàn mới")).isTrue();
    }
}
