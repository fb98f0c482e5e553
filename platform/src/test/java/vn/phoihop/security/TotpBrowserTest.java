package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Api;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

/** A police officer's first sign-in: held at enrolment, scans the key, keeps recovery codes, then signs in with codes. */
@IntegrationTest
class TotpBrowserTest {

    private static final String PASSWORD = "canh-sat-khu-vuc-2026";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "totp-last");
    }

    /** A click only starts a navigation: wait for the page it leads to. */
    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + path + "$"));
        assertThat(browser.getCurrentUrl()).endsWith(path);
    }

    private String serverCode(String secret) {
        Instant serverTime = Instant.parse(new Api(port).get("/api/v1/health", null).body().path("time").asString());
        return Totp.code(secret, serverTime);
    }

    @Test
    void a_police_officer_must_enrol_before_reaching_the_app_and_then_signs_in_with_a_code() {
        String username = "trinhsat-" + (System.nanoTime() % 1_000_000);
        users.create(new UserAccounts.NewUser(username, "Trinh sát thử", PASSWORD, "51.police", Set.of(Role.OFFICER)));

        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        // held at enrolment: the QR code, the manual key, and the reason
        waitForPath("/account/totp/enrol");
        assertThat(browser.findElement(By.id("enrol-mandatory")).getText()).contains("bắt buộc");
        assertThat(browser.findElement(By.id("enrol-qr")).getAttribute("naturalWidth")).isNotEqualTo("0");
        browser.get("http://localhost:" + port + "/casework");
        assertThat(browser.getCurrentUrl()).endsWith("/account/totp/enrol");

        String secret = browser.findElement(By.id("enrol-secret")).getText().replace(" ", "");
        browser.findElement(By.id("enrol-code")).sendKeys("000000".equals(serverCode(secret)) ? "111111" : "000000");
        browser.findElement(By.id("enrol-submit")).click();
        assertThat(browser.findElement(By.id("enrol-error")).getText()).contains("không khớp");

        browser.findElement(By.id("enrol-code")).sendKeys(serverCode(secret));
        browser.findElement(By.id("enrol-submit")).click();
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        browser.findElement(By.id("recovery-continue")).click();
        assertThat(browser.findElement(By.id("welcome")).getText()).startsWith("Xin chào");

        browser.findElement(By.id("user-name")).click();
        assertThat(browser.findElement(By.id("totp-status")).getText()).isEqualTo("Đang bật");
        assertThat(browser.findElements(By.cssSelector("#session-table tbody tr"))).isNotEmpty();

        // next time: password, then a code; a wrong code is refused
        browser.findElement(By.id("logout")).click();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitForPath("/login/totp");
        String right = serverCode(secret);
        browser.findElement(By.id("totp-code")).sendKeys(right.equals("123456") ? "654321" : "123456");
        browser.findElement(By.id("totp-submit")).click();
        assertThat(browser.findElement(By.id("totp-error")).getText()).contains("không đúng");
        browser.findElement(By.id("totp-code")).sendKeys(serverCode(secret));
        browser.findElement(By.id("totp-submit")).click();
        assertThat(browser.findElement(By.id("welcome")).getText()).startsWith("Xin chào");
    }
}
