package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

@IntegrationTest
class ShellBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "shell-last");
    }

    @Test
    void an_officer_signs_in_and_sees_the_vietnamese_shell_with_their_agency() {
        signIn("bhxh", "demo");

        assertThat(browser.findElement(By.id("user-agency")).getText()).isEqualTo("Bảo hiểm xã hội tỉnh Quảng Ngãi");
        assertThat(browser.findElement(By.id("user-jurisdiction")).getText()).isEqualTo("Tỉnh Quảng Ngãi");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        String navigation = browser.findElement(By.cssSelector("nav.site-nav")).getText();
        assertThat(navigation).contains("Trao đổi dữ liệu", "Đối soát", "Xử lý vụ việc", "Thanh tra, kiểm tra",
                "Báo cáo", "Danh mục và nghĩa vụ", "Bảo mật và kiểm toán");
    }

    @Test
    void every_module_of_the_navigation_opens_its_own_page_and_none_says_it_is_not_built() {
        signIn("bhxh", "demo");
        List<String> links = browser.findElements(By.cssSelector("nav.site-nav a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(links).hasSizeGreaterThanOrEqualTo(7);
        for (String link : links) {
            browser.get("http://localhost:" + port + link);
            assertThat(browser.findElements(By.id("not-built"))).as(link).isEmpty();
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(link).isNotBlank();
        }
    }

    @Test
    void the_language_switch_turns_the_shell_into_english_and_back() {
        signIn("noivu", "demo");
        browser.findElement(By.id("lang-switch")).click();

        assertThat(browser.findElement(By.cssSelector("nav.site-nav")).getText()).contains("Data exchange", "Casework");
        assertThat(browser.findElement(By.id("user-agency")).getText())
                .isEqualTo("Department of Home Affairs of Quang Ngai");

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.cssSelector("nav.site-nav")).getText()).contains("Trao đổi dữ liệu");
    }

    @Test
    void a_wrong_password_keeps_the_user_out_with_a_message() {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("username")).sendKeys("bhxh");
        browser.findElement(By.id("password")).sendKeys("sai-mat-khau");
        browser.findElement(By.id("login-submit")).click();

        assertThat(browser.findElement(By.id("login-error")).getText())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.findElements(By.id("user-agency"))).isEmpty();
    }

    @Test
    void signing_out_returns_to_the_login_page() {
        signIn("ubnd", "demo");
        browser.findElement(By.id("logout")).click();

        // The click only starts the form submission: wait for the navigation instead of racing it.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private void signIn(String username, String password) {
        Browser.signIn(browser, port, username, password);
    }
}
