package vn.phoihop.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

@IntegrationTest
class PublicComplaintBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicComplaints publicComplaints;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
        publicComplaints.forgetRecentFilings();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "public-complaint-last");
    }

    @Test
    void a_citizen_without_an_account_files_a_complaint_and_social_security_finds_it_with_its_deadline() {
        browser.get("http://localhost:" + port + "/public/complaint");
        browser.findElement(By.id("name")).sendKeys("Trần Thị B");
        browser.findElement(By.id("subject")).sendKeys("Công ty Mẫu Biểu");
        browser.findElement(By.id("text")).sendKeys("Công ty không đóng BHXH cho tôi.");
        browser.findElement(By.id("public-submit")).click();
        String code = browser.findElement(By.id("tracking-code")).getText();
        assertThat(code).startsWith("PH-");
        assertThat(browser.findElement(By.id("ack")).getText()).contains("51.social_security");
        assertThat(browser.findElement(By.id("public-deadlines")).getText()).contains("Điều 27");

        Browser.signIn(browser, port, "bhxh", "demo");
        browser.get("http://localhost:" + port + "/casework");
        assertThat(browser.findElement(By.id("cases")).getText()).contains("Công ty Mẫu Biểu");
        browser.findElements(By.cssSelector("#cases tr.case")).stream()
                .filter(row -> row.getText().contains("Công ty Mẫu Biểu")).findFirst().orElseThrow()
                .findElement(By.tagName("a")).click();
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("Thụ lý khiếu nại")
                .contains("Trong hạn");
    }
}
