package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

/**
 * The police request flow in a real browser: congan is refused a person's record, files a request
 * on the page, bhxh approves it on the page, and congan then opens the record with its basis shown.
 */
@IntegrationTest
class PoliceAccessBrowserTest {

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
        Browser.close(browser, "police-access-last");
    }

    void clickAndWait(By by) {
        Browser.clickAndWait(browser, by);
    }

    @Test
    void congan_requests_bhxh_approves_and_congan_then_reads_only_that_record() {
        String person = jdbc.sql("""
                SELECT subject FROM finding WHERE province_code = '51' AND rule = 'CHILD-NO-CARD'
                ORDER BY id DESC LIMIT 1""").query(String.class).single();
        String base = "http://localhost:" + port;

        Browser.signIn(browser, port, "congan", "demo");
        browser.get(base + "/casework/persons?id=" + person);
        assertThat(browser.getPageSource()).contains("access.no_legal_basis");

        browser.get(base + "/security/access-requests");
        browser.findElement(By.name("person_id")).sendKeys(person);
        browser.findElement(By.name("purpose")).sendKeys("Xác minh hồ sơ cấp thẻ BHYT trẻ em");
        browser.findElement(By.name("legal_basis")).sendKeys("Bộ luật Tố tụng hình sự 2015 Điều 88");
        browser.executeScript("arguments[0].value = '2025-01-01'", browser.findElement(By.name("period_from")));
        browser.executeScript("arguments[0].value = '2026-06-30'", browser.findElement(By.name("period_to")));
        clickAndWait(By.id("file-request"));
        WebElement row = browser.findElement(By.cssSelector("#requests tr.access-request"));
        assertThat(row.getText()).contains(person).contains("Chờ phê duyệt");
        String rowId = row.getDomAttribute("id");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, "bhxh", "demo");
        browser.get(base + "/security/access-requests");
        assertThat(browser.findElement(By.id("request-counts")).getText()).contains("Chờ phê duyệt");
        browser.findElement(By.cssSelector("#" + rowId + " input[name=note]")).sendKeys("Đủ căn cứ");
        clickAndWait(By.cssSelector("#" + rowId + " button.approve"));
        assertThat(browser.findElement(By.id(rowId)).getText()).contains("Đã phê duyệt");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, "congan", "demo");
        browser.get(base + "/security/access-requests");
        clickAndWait(By.cssSelector("#" + rowId + " a"));
        assertThat(browser.findElement(By.id("person-basis")).getText()).contains("7.1.đ");
        assertThat(browser.findElement(By.id("person-findings")).getText()).contains("CHILD-NO-CARD");
    }
}
