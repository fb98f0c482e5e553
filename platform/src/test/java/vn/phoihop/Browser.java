package vn.phoihop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
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
