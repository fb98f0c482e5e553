package vn.phoihop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

/** The "done when", in a real browser: the finance department uploads, sees its two bad lines, and is refused population. */
@IntegrationTest
class ExchangeBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(shots.resolve("exchange-last.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void finance_uploads_the_business_registry_and_sees_the_receipt_and_its_two_bad_lines() throws Exception {
        Path file = directory.resolve("doanh-nghiep-quy-3.csv");
        Files.writeString(file, BusinessFiles.withOneBadDateAndOneLostZero(), StandardCharsets.UTF_8);
        signIn("taichinh");
        browser.findElement(By.linkText("Trao đổi dữ liệu")).click();
        new Select(browser.findElement(By.id("upload-dataset"))).selectByValue("business_registry");
        assertThat(browser.findElement(By.id("template-link")).getDomAttribute("href"))
                .endsWith("/exchange/templates/business_registry.xlsx");
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-status")));
        assertThat(browser.findElement(By.id("receipt-status")).getText()).isEqualTo("Đã tiếp nhận, có dòng bị loại");
        assertThat(browser.findElement(By.id("receipt-rows-read")).getText()).isEqualTo("5");
        assertThat(browser.findElement(By.id("receipt-rows-rejected")).getText()).isEqualTo("2");
        List<WebElement> rejects = browser.findElements(By.cssSelector("#rejects tr.reject"));
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(0).getText()).startsWith("5 registered_on 2021-02-30");
        assertThat(rejects.get(1).getText()).startsWith("6 tax_code 430022233").contains("mất số 0 ở đầu");

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.id("receipt-status")).getText()).isEqualTo("Accepted with rejected rows");
        assertThat(browser.findElements(By.cssSelector("#rejects tr.reject")).get(1).getText())
                .contains("looks like a leading zero was lost");
        browser.findElement(By.linkText("← Data exchange")).click();
        assertThat(browser.findElement(By.id("submission-list")).getText()).contains("doanh-nghiep-quy-3.csv");
    }

    @Test
    void finance_is_refused_when_it_uploads_the_population_register() throws Exception {
        Path file = directory.resolve("dan-cu.csv");
        Files.writeString(file, "personal_id,full_name,birth_date,gender\n051090000001,Nguyễn Văn An,1990-01-01,Nam\n",
                StandardCharsets.UTF_8);
        signIn("taichinh");
        browser.get("http://localhost:" + port + "/exchange");
        new Select(browser.findElement(By.id("upload-dataset"))).selectByValue("population");
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-error")));
        assertThat(browser.findElement(By.id("upload-error")).getText())
                .contains("không giữ vai trò cung cấp bộ dữ liệu này");
    }

    private void signIn(String username) {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        assertThat(browser.findElement(By.id("welcome")).getText()).startsWith("Xin chào");
    }
}
