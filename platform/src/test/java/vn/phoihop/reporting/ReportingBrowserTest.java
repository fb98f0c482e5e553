package vn.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;
import vn.phoihop.shared.document.PdfTools;

/**
 * The issue's "Done when", as a new user would: bhxh opens the dashboard, the first-half 2026
 * report, its DOCX and PDF (national header, Vietnamese text, the dashboard's figures), drills
 * down from a chart, and downloads the awards list at 31/12 as XLSX.
 */
@IntegrationTest
class ReportingBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "reporting-last");
    }

    void clickAndWait(By by) {
        Browser.clickAndWait(browser, by);
    }

    /** Downloads what a link points at with the browser's session, as the browser would. */
    byte[] follow(By link) throws Exception {
        String href = browser.findElement(link).getAttribute("href");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }

    /** Keeps what the user saw in target/screenshots, to look at after the run. */
    static void keep(String name, byte[] bytes) throws java.io.IOException {
        java.nio.file.Path shots = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(shots.resolve(name), bytes);
    }

    String kpi(String label) {
        for (WebElement card : browser.findElements(By.cssSelector("#kpis .kpi"))) {
            if (card.findElement(By.className("kpi-label")).getText().equals(label)) {
                return card.findElement(By.className("kpi-value")).getText();
            }
        }
        throw new AssertionError("no KPI " + label + " on " + browser.findElement(By.id("kpis")).getText());
    }

    @Test
    void social_security_reads_the_first_half_report_whose_documents_match_the_dashboard_and_gets_the_awards_list()
            throws Exception {
        Browser.signIn(browser, port, "bhxh", "demo");
        clickAndWait(By.linkText("Báo cáo"));
        assertThat(browser.findElement(By.id("period")).getAttribute("value")).isEqualTo("2026-H1");
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("Đã tổng hợp");
        String units = kpi("Đơn vị chậm đóng, trốn đóng");
        String amount = kpi("Số tiền chậm đóng, trốn đóng (đồng)");
        assertThat(units).matches("[\\d.]+");
        for (String chart : List.of("chart-arrears", "chart-findings", "chart-cases", "chart-duties", "chart-coverage")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " svg"))).as(chart).hasSize(1);
        }
        assertThat(browser.findElement(By.id("inspection-figures")).getText())
                .contains("Số cuộc kiểm tra theo kế hoạch trong kỳ");
        keep("reporting-dashboard.png", browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('chart-arrears').scrollIntoView()");
        keep("reporting-charts.png", browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        clickAndWait(By.id("to-report"));
        assertThat(browser.findElement(By.id("consolidated-number")).getText()).matches("(?s).*Số: \\d{2}/BC-BHXH.*");
        assertThat(browser.findElement(By.id("parts")).getText()).contains("Công an tỉnh Quảng Ngãi", "Đã gửi");
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("04/07/2026", "Sở Tài chính tỉnh Quảng Ngãi");

        byte[] docx = follow(By.id("report-docx"));
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(read)) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "6 tháng đầu năm 2026", "có " + units + " đơn vị chậm đóng, trốn đóng với số tiền " + amount + " đồng");
        }
        byte[] pdf = follow(By.id("report-pdf"));
        keep("report-2026-H1.pdf", pdf);
        keep("report-2026-H1.docx", docx);
        assertThat(PdfTools.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).isTrue());
        assertThat(PdfTools.text(pdf).replaceAll("\\s+", " ")).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Kết quả thực hiện Quy chế phối hợp 6 tháng đầu năm 2026",
                "có " + units + " đơn vị chậm đóng, trốn đóng với số tiền " + amount + " đồng");

        browser.get("http://localhost:" + port + "/reporting?period=2026-H1");
        WebElement bar = browser.findElements(By.cssSelector("#chart-findings a.drill")).get(0);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bar);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/casework?rule="));
        assertThat(browser.findElement(By.id("finding-counts")).getText()).isNotBlank();

        browser.get("http://localhost:" + port + "/reporting");
        clickAndWait(By.id("to-awards"));
        WebElement asOf = browser.findElement(By.id("as-of"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-12-31'", asOf);
        clickAndWait(By.id("show-list"));
        int shown = browser.findElements(By.cssSelector(".list-table tbody tr")).size();
        byte[] xlsx = follow(By.id("list-xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Khen thưởng");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("31/12/2025");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(shown);
        }
    }

    @Test
    void an_agency_writes_and_sends_its_part_on_the_report_page() throws Exception {
        Browser.signIn(browser, port, "taichinh", "demo");
        browser.get("http://localhost:" + port + "/reporting/report?period=2026-H1");
        clickAndWait(By.id("open-part"));
        assertThat(browser.findElement(By.id("my-status")).getText()).isEqualTo("Dự thảo");
        browser.findElement(By.id("narrative-results")).sendKeys("Đã bố trí đủ kinh phí đóng BHYT cho các đối tượng "
                + "do ngân sách nhà nước đóng.");
        clickAndWait(By.id("save-results"));
        assertThat(browser.findElement(By.id("narrative-results")).getDomProperty("value")).contains("ngân sách nhà nước");
        clickAndWait(By.id("submit-part"));
        assertThat(browser.findElement(By.id("my-status")).getText()).isEqualTo("Đã gửi");
        assertThat(browser.findElement(By.id("parts")).getText()).contains("Sở Tài chính tỉnh Quảng Ngãi",
                "ngân sách nhà nước");
        assertThat(browser.findElements(By.id("consolidate"))).isEmpty();
    }
}
