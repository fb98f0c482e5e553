package vn.phoihop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium for UI tests (Debian's {@code chromium} and {@code chromium-driver}).
 * With {@code CI=true} a missing browser fails the test; elsewhere the test is skipped with a
 * message saying how to enable it.
 */
public final class Browser {

    static final String CHROMIUM = System.getenv().getOrDefault("PHOIHOP_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("PHOIHOP_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** Signs in through the login form and waits for the home page. */
    public static void signIn(ChromeDriver browser, int port, String username, String password) {
        browser.get("http://localhost:" + port + "/");
        if (!browser.getCurrentUrl().contains("/login")) {
            throw new AssertionError("expected the login page, got " + browser.getCurrentUrl());
        }
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        if (DemoTotp.needs(username)) {
            // administrators and police complete the second step with the demo TOTP secret
            browser.findElement(By.id("totp-code")).sendKeys(DemoTotp.code(new Api(port)));
            browser.findElement(By.id("totp-submit")).click();
        }
        if (!browser.findElement(By.id("welcome")).getText().startsWith("Xin chào")) {
            throw new AssertionError("not signed in as " + username);
        }
    }

    /** Keeps a screenshot of the last page in target/screenshots (to look at after a failure) and quits. */
    /**
     * Clicks and waits until the page it leaves is gone, so that the next lookup reads the new
     * page. While the page unloads, Chromium may answer "node does not belong to the document"
     * instead of a stale reference: both mean the old page is gone.
     */
    public static void clickAndWait(ChromeDriver browser, By by) {
        org.openqa.selenium.WebElement element = browser.findElement(by);
        element.click();
        waitUntilGone(browser, element);
    }

    /** Waits until the element's page has been replaced (see {@link #clickAndWait}). */
    public static void waitUntilGone(ChromeDriver browser, org.openqa.selenium.WebElement element) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public static void close(ChromeDriver browser, String screenshotName) throws IOException {
        if (browser != null) {
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(shots.resolve(screenshotName + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    public static ChromeDriver start() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            String message = "Chromium or ChromeDriver missing (" + CHROMIUM + ", " + CHROMEDRIVER + "). "
                    + "Install them with 'apt-get install chromium chromium-driver' (.ci/run does) to run browser tests.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true requires the browser tests to run: " + message);
            }
            Assumptions.abort(message);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("phoihop-chromium");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
