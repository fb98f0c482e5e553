package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;

/** The pages of every module render under the strict Content Security Policy: Chromium reports no violation. */
@IntegrationTest
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "csp-last");
    }

    @Test
    void no_page_of_the_shell_breaks_the_content_security_policy() {
        Browser.signIn(browser, port, "admin", "demo");
        List<String> violations = new ArrayList<>(violations());
        for (String page : List.of("/", "/registry/calendar", "/registry/agencies", "/registry/meetings", "/exchange",
                "/reconcile", "/casework", "/account", "/account/totp/enrol", "/api-docs", "/public/complaint")) {
            browser.get("http://localhost:" + port + page);
            violations.addAll(violations().stream().map(v -> page + ": " + v).toList());
        }
        assertThat(violations).isEmpty();

        // the detector works: an inline style injected on purpose is refused and reported
        browser.executeScript("var s = document.createElement('style'); s.textContent = 'body{color:red}';"
                + "document.head.appendChild(s);");
        assertThat(violations()).isNotEmpty();
    }

    private List<String> violations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }
}
