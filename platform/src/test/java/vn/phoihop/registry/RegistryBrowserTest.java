package vn.phoihop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

/** The "done when", tried in a real browser as a new user would. */
@IntegrationTest
class RegistryBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "registry-last");
    }

    @Test
    void social_security_opens_the_2026_calendar_and_sees_reports_lists_meetings_and_the_awards_list() {
        signIn("bhxh");
        browser.findElement(By.linkText("Danh mục và nghĩa vụ")).click();
        new Select(browser.findElement(By.id("filter-year"))).selectByValue("2026");
        browser.findElement(By.id("filter-apply")).click();
        waitForText("calendar-title", "2026");

        assertThat(browser.findElement(By.id("calendar-title")).getText()).contains("2026");
        String calendar = browser.findElement(By.id("calendar-list")).getText();
        assertThat(calendar).contains("04/07/2026", "trước 05/07", "Báo cáo 6 tháng tình hình thực hiện Quy chế");
        assertThat(calendar).contains("19/12/2026", "trước 20/12", "Báo cáo năm tình hình thực hiện Quy chế");
        assertThat(rowsContaining("Danh sách doanh nghiệp đăng ký mới")).isNotEmpty()
                .allMatch(row -> row.getText().contains("Sở Tài chính tỉnh Quảng Ngãi"));
        assertThat(rowsContaining("Doanh nghiệp ngừng kinh doanh, giải thể")).hasSize(4)
                .allMatch(row -> row.getText().contains("Thuế tỉnh Quảng Ngãi") && row.getText().contains("hằng quý"));
        assertThat(calendar).contains("Họp định kỳ 6 tháng BHXH tỉnh – LĐLĐ tỉnh", "Buổi làm việc định kỳ Sở – BHXH tỉnh");
        assertThat(rowsContaining("Tình trạng chậm đóng BHXH, BHYT, BHTN của các đơn vị khi kết thúc năm"))
                .anyMatch(row -> row.getText().contains("31/12/2026") && row.getText().contains("Sở Nội vụ"));
        assertThat(browser.findElements(By.cssSelector("tr.status-overdue"))).isNotEmpty();

        new Select(browser.findElement(By.id("filter-view"))).selectByValue("month");
        browser.findElement(By.id("filter-apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("month-7")));
        assertThat(browser.findElement(By.id("month-7")).getText()).contains("Báo cáo 6 tháng tình hình thực hiện Quy chế");
    }

    @Test
    void home_affairs_sees_the_labour_authority_duties_it_took_over_from_the_labour_department() {
        signIn("noivu");
        browser.get("http://localhost:" + port + "/registry/calendar?year=2026");

        String held = browser.findElement(By.id("held-labour_authority.province")).getText();
        assertThat(held).contains("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi", "28/02/2025",
                "Sở Nội vụ tỉnh Quảng Ngãi", "01/03/2025");
        assertThat(rowsContaining("Báo cáo 6 tháng tình hình đối tượng tham gia, thu, chi BHXH"))
                .allMatch(row -> row.getText().contains("Sở Nội vụ tỉnh Quảng Ngãi"));

        new Select(browser.findElement(By.id("filter-year"))).selectByValue("2025");
        new Select(browser.findElement(By.id("filter-mine"))).selectByValue("false");
        browser.findElement(By.id("filter-apply")).click();
        waitForText("calendar-title", "2025");
        assertThat(rowsContaining("Chi trả lương hưu, trợ cấp BHXH hằng tháng"))
                .anyMatch(row -> row.getText().contains("09/02/2025")
                        && row.getText().contains("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi"))
                .anyMatch(row -> row.getText().contains("09/04/2025") && row.getText().contains("Sở Nội vụ tỉnh Quảng Ngãi"));
    }

    @Test
    void the_regulations_browser_shows_each_article_beside_its_duties() {
        signIn("ldld");
        browser.get("http://localhost:" + port + "/registry/regulations");
        browser.findElement(By.partialLinkText("Bảo hiểm xã hội Việt Nam và Tổng Liên đoàn")).click();
        WebElement article = browser.findElement(By.id("article-17"));
        assertThat(article.findElement(By.cssSelector(".legal-text")).getText())
                .contains("thống nhất thời gian họp định kỳ 6 tháng một lần");
        assertThat(article.findElement(By.cssSelector(".article-duties")).getText())
                .contains("Họp định kỳ 6 tháng BHXH tỉnh – LĐLĐ tỉnh", "6 tháng một lần");
    }

    @Test
    void a_party_records_an_obligation_as_fulfilled_from_the_calendar() {
        signIn("thue");
        browser.get("http://localhost:" + port + "/registry/calendar?year=2027&kind=list");
        WebElement row = rowsContaining("Doanh nghiệp ngừng kinh doanh, giải thể").get(0);
        String id = row.getDomAttribute("id");
        row.findElement(By.tagName("summary")).click();
        row.findElement(By.name("reference")).sendKeys("DS-Q1-2027");
        row.findElement(By.cssSelector("form[action$='/fulfil'] button")).click();
        // the click only starts the navigation: wait for the old page to go before reading the new one
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(row));

        WebElement after = browser.findElement(By.id(id));
        assertThat(after.getText()).contains("Đã thực hiện", "DS-Q1-2027");
        assertThat(browser.findElement(By.id("notification-bell")).isDisplayed()).isTrue();
    }

    @Test
    void every_registry_page_opens_for_an_administrator_in_both_languages() throws Exception {
        signIn("admin");
        for (String lang : List.of("vi", "en")) {
            for (String page : List.of("/registry/calendar?year=2026&province=51&mine=false",
                    "/registry/calendar?year=2026&province=TW&view=month&mine=false", "/registry/overdue",
                    "/registry/agencies", "/registry/regulations", "/registry/regulations/002_68bbfb3453c4c627",
                    "/registry/meetings?year=2026", "/registry/holidays?year=2026&from=2026-02-13&days=1",
                    "/registry/notifications")) {
                browser.get("http://localhost:" + port + page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(browser.findElements(By.id("registry-nav"))).as(page).hasSize(1);
                assertThat(browser.getPageSource()).as(page).doesNotContain("??");
            }
        }
        browser.get("http://localhost:" + port + "/registry/holidays?year=2026&from=2026-02-13&days=1&lang=vi");
        assertThat(browser.findElement(By.id("working-days-result")).getText()).contains("23/02/2026");
        browser.get("http://localhost:" + port + "/registry/agencies");
        assertThat(browser.findElement(By.id("agency-51.labour")).getText()).contains("28/02/2025", "Sở Nội vụ");
        assertThat(browser.findElement(By.id("province-mapping")).getText()).contains("62 Tỉnh Kon Tum 51 Tỉnh Quảng Ngãi");
    }

    @Test
    void a_meeting_of_2026_shows_its_conclusions_and_action_items() {
        signIn("ldld");
        browser.get("http://localhost:" + port + "/registry/meetings?year=2026");
        browser.findElements(By.partialLinkText("(H1/2026)")).stream()
                .filter(link -> link.getText().startsWith("Họp định kỳ 6 tháng BHXH tỉnh – LĐLĐ tỉnh")).findFirst()
                .orElseThrow().click();
        assertThat(browser.findElement(By.id("participants")).getText()).contains("Liên đoàn Lao động tỉnh Quảng Ngãi");
        assertThat(browser.findElement(By.id("conclusions")).getText()).contains("Tiếp tục trao đổi danh sách");
        assertThat(browser.findElement(By.id("action-items")).getText()).contains("Lập kế hoạch kiểm tra liên ngành quý III");
    }

    @Test
    void the_police_call_an_extraordinary_meeting_with_social_security() {
        signIn("congan");
        browser.get("http://localhost:" + port + "/registry/meetings?year=2027");
        WebElement form = browser.findElement(By.id("extraordinary-form"));
        form.findElement(By.name("title")).sendKeys("Họp bất thường về đường dây trục lợi BHYT");
        browser.executeScript("arguments[0].value = '2027-03-15'", form.findElement(By.name("date")));
        new Select(form.findElement(By.name("participants"))).selectByValue("51.social_security");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        waitForText("meeting-title", "Họp bất thường về đường dây trục lợi BHYT");
        assertThat(browser.findElement(By.id("participants")).getText())
                .contains("Công an tỉnh Quảng Ngãi", "Bảo hiểm xã hội tỉnh Quảng Ngãi");
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private List<WebElement> rowsContaining(String text) {
        return browser.findElements(By.cssSelector("tr.obligation")).stream()
                .filter(row -> row.getText().contains(text)).toList();
    }

    private void signIn(String username) {
        Browser.signIn(browser, port, username, "demo");
    }
}
