package vn.phoihop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

/** The "Done when", as a new user would: bhxh confirms, notifies, refers; congan accepts and decides; bhxh sees it. */
@IntegrationTest
class CaseworkBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "casework-last");
    }

    /** Clicks and waits until the page it leaves is gone, so that the next lookup reads the new page. */
    void clickAndWait(By by) {
        Browser.clickAndWait(browser, by);
    }

    @Test
    void an_officer_attaches_an_inspection_record_on_the_case_page() throws Exception {
        java.nio.file.Path record = java.nio.file.Files.createTempFile("bien-ban-", ".txt");
        java.nio.file.Files.writeString(record, "Biên bản kiểm tra");
        Browser.signIn(browser, port, "bhxh", "demo");
        browser.get("http://localhost:" + port + "/casework");
        clickAndWait(By.cssSelector("#cases tr.case a"));
        browser.findElement(By.cssSelector("#add-attachment select[name=purpose]"))
                .findElement(By.cssSelector("option[value=inspection_record]")).click();
        browser.findElement(By.id("attachment-file")).sendKeys(record.toAbsolutePath().toString());
        clickAndWait(By.id("attachment-submit"));
        assertThat(browser.findElement(By.id("attachments")).getText()).contains(record.getFileName().toString())
                .contains("inspection_record");
        java.nio.file.Files.deleteIfExists(record);
    }

    @Test
    void an_officer_marks_a_denunciation_complex_and_extends_its_deadline_once_as_the_law_allows() {
        long id = jdbc.sql("""
                INSERT INTO case_file (case_type, state, province_code, agency_code, title, opened_by, opened_at,
                    updated_at) VALUES ('denunciation', 'received', '51', '51.social_security', 'Tố cáo phức tạp',
                    'bhxh', now(), now()) RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO case_deadline (case_id, rule_code, starts_on, due_on)
                VALUES (?, 'denunciation.resolve', DATE '2026-07-01', DATE '2026-07-31')""").param(id).update();
        Browser.signIn(browser, port, "bhxh", "demo");
        browser.get("http://localhost:" + port + "/casework/cases/" + id);
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("Luật không cho gia hạn");
        browser.findElement(By.cssSelector("#deadline-factors option[value=complex]")).click();
        browser.findElement(By.cssSelector("#deadline-factors input[name=reason]")).sendKeys("Nhiều đơn vị liên quan");
        clickAndWait(By.cssSelector("#deadline-factors button"));
        assertThat(browser.findElement(By.id("case-deadline-factors")).getText()).contains("Phức tạp");
        browser.findElement(By.cssSelector("#extend-denunciation\\.resolve input[name=amount]")).sendKeys("30");
        browser.findElement(By.cssSelector("#extend-denunciation\\.resolve input[name=reason]"))
                .sendKeys("Vụ việc phức tạp (Điều 30)");
        clickAndWait(By.cssSelector("#extend-denunciation\\.resolve button"));
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("2026-08-30")
                .contains("Vụ việc phức tạp (Điều 30)");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Phân loại hồ sơ");
    }

    @Test
    void the_reconciliation_page_lists_the_runs_with_their_inputs() {
        Browser.signIn(browser, port, "bhxh", "demo");
        clickAndWait(By.linkText("Đối soát"));
        assertThat(browser.findElement(By.id("runs")).getText()).contains("2026-06-30").contains("population v1")
                .contains("succeeded");
    }

    @Test
    void social_security_confirms_an_evasion_finding_refers_it_and_sees_the_police_result_arrive() {
        Browser.signIn(browser, port, "bhxh", "demo");
        browser.get("http://localhost:" + port + "/casework?rule=ARREARS-EVASION&status=open");
        assertThat(browser.findElement(By.id("finding-counts")).getText()).contains("ARREARS-EVASION");
        org.openqa.selenium.WebElement first = browser.findElements(By.cssSelector("#findings tr.finding a")).get(0);
        first.click();
        Browser.waitUntilGone(browser, first);
        assertThat(browser.findElement(By.id("finding-rule")).getText()).isEqualTo("ARREARS-EVASION");
        assertThat(browser.findElement(By.id("finding-legal-basis")).getText()).isNotBlank();
        browser.findElement(By.cssSelector("#verify-form textarea[name=note]")).sendKeys("Đã đối chiếu sổ sách");
        clickAndWait(By.id("confirm"));

        assertThat(browser.findElement(By.id("case-type")).getText()).isEqualTo("Trốn đóng");
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("Đang xử lý");
        clickAndWait(By.cssSelector("#action-notify button"));
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("Đã thông báo đối tượng");
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("Thời hạn đối tượng phản hồi thông báo")
                .contains("Trong hạn");
        String caseUrl = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#action-refer input[name=note]")).sendKeys("Trốn đóng kéo dài");
        clickAndWait(By.cssSelector("#action-refer button"));
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("Đã chuyển công an");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Văn bản đề nghị");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, "congan", "demo");
        browser.get(caseUrl);
        clickAndWait(By.cssSelector("#action-police_accept button"));
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("Công an đang giải quyết");
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("Điều 147");
        browser.findElement(By.cssSelector("#action-police_result input[name=note]")).sendKeys("Đủ căn cứ");
        clickAndWait(By.cssSelector("#action-police_result button"));

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, "bhxh", "demo");
        browser.get(caseUrl);
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("Đang xử lý");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Kết quả đã báo lại cho BHXH")
                .contains("prosecute: Đủ căn cứ");
    }
}
