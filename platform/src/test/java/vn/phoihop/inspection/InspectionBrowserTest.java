package vn.phoihop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Browser;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;

/**
 * The "Done when", as a new user would: bhxh opens next year's candidates and reads why
 * each is there, builds the plan, invites noivu, congan and ldld, who confirm; bhxh records the
 * inspection and its conclusion and sees its recommendations tracked.
 */
@IntegrationTest
class InspectionBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() throws Exception {
        Browser.close(browser, "inspection-last");
    }

    void clickAndWait(By by) {
        Browser.clickAndWait(browser, by);
    }

    void as(String username) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, username, "demo");
    }

    void set(By by, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(by), value);
    }

    @Test
    void social_security_plans_next_year_from_the_ranked_candidates_the_team_confirms_and_the_conclusion_is_followed()
            throws Exception {
        as("bhxh");
        clickAndWait(By.linkText("Thanh tra, kiểm tra"));
        clickAndWait(By.id("nav-candidates"));
        int nextYear = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        assertThat(browser.findElement(By.id("candidates-title")).getText()).contains(String.valueOf(nextYear));
        List<WebElement> candidates = browser.findElements(By.cssSelector("#candidates tr.candidate"));
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(4);
        String first = candidates.get(0).getText();
        assertThat(first).contains("Điều").contains("điểm").contains("Phát hiện (");
        assertThat(browser.findElement(By.id("factors")).getText()).contains("Trốn đóng").contains("Điều 39.1");
        assertThat(browser.findElement(By.id("no-draft")).getText()).contains(String.valueOf(nextYear));

        clickAndWait(By.linkText("Tổng quan"));
        clickAndWait(By.id("create-plan"));
        assertThat(browser.findElement(By.id("plan-state")).getText()).isEqualTo("Dự thảo");
        String planUrl = browser.getCurrentUrl();
        browser.get("http://localhost:" + port + "/inspection/candidates");
        String target = browser.findElements(By.cssSelector("#candidates tr.candidate")).get(0)
                .findElement(By.tagName("strong")).getText();
        clickAndWait(By.cssSelector("#candidates tr.candidate form.add-to-plan button"));
        assertThat(browser.findElement(By.id("plan-inspections")).getText()).contains(target);

        clickAndWait(By.linkText(target));
        String inspectionUrl = browser.getCurrentUrl();
        for (String agency : List.of("51.home_affairs", "51.police", "51.trade_union")) {
            browser.findElement(By.id("invite-agency")).sendKeys(agency);
            clickAndWait(By.id("invite-submit"));
        }
        assertThat(browser.findElement(By.id("members")).getText()).contains("51.police").contains("Đã mời, chờ trả lời");

        browser.get(planUrl);
        clickAndWait(By.cssSelector("#consult button"));
        assertThat(browser.findElement(By.id("plan-state")).getText()).isEqualTo("Đang xin ý kiến");
        clickAndWait(By.cssSelector("#approve button"));
        clickAndWait(By.cssSelector("#publish button"));
        assertThat(browser.findElement(By.id("plan-state")).getText()).isEqualTo("Đã ban hành");
        assertThat(browser.findElement(By.id("plan-parties")).getText()).contains("Liên đoàn Lao động tỉnh Quảng Ngãi");

        for (String[] member : List.of(new String[] {"noivu", "Trần Thị Nội Vụ"}, new String[] {"congan", "Lê Văn An"},
                new String[] {"ldld", "Phạm Công Đoàn"})) {
            as(member[0]);
            browser.get("http://localhost:" + port + "/inspection");
            assertThat(browser.findElement(By.id("invitations")).getText()).contains(target);
            String path = inspectionUrl.substring(inspectionUrl.indexOf("/inspection/inspections/"));
            clickAndWait(By.cssSelector("#invitations tr.invitation a[href='" + path + "']"));
            browser.findElement(By.id("member-name")).sendKeys(member[1]);
            clickAndWait(By.id("confirm-submit"));
            assertThat(browser.findElement(By.id("members")).getText()).contains(member[1]);
        }

        as("bhxh");
        browser.get(inspectionUrl);
        assertThat(browser.findElement(By.id("inspection-state")).getText()).isEqualTo("Đoàn đã đủ thành viên");
        clickAndWait(By.id("start-submit"));
        assertThat(browser.findElement(By.id("inspection-state")).getText()).isEqualTo("Đang kiểm tra");
        WebElement third = browser.findElement(By.id("check-3"));
        third.findElement(By.cssSelector("select[name=result] option[value=violation]")).click();
        third.findElement(By.name("note")).sendKeys("Chậm đóng 7 kỳ");
        clickAndWait(By.cssSelector("#check-3 button"));
        assertThat(browser.findElement(By.id("check-3")).getText()).contains("Vi phạm").contains("Chậm đóng 7 kỳ");
        browser.findElement(By.id("record-place")).sendKeys("Trụ sở đơn vị");
        browser.findElement(By.id("record-content")).sendKeys("Đối chiếu bảng lương và chứng từ nộp tiền");
        clickAndWait(By.id("record-submit"));
        assertThat(browser.findElement(By.id("records")).getText()).contains("BB-KTLN").contains("Tải DOCX");

        browser.findElement(By.id("conclusion-summary-input")).sendKeys("Đơn vị chậm đóng 7 kỳ liên tiếp.");
        browser.findElement(By.id("conclusion-unpublished-input")).sendKeys("Danh tính người lao động tố cáo.");
        browser.findElements(By.name("v_description")).get(0).sendKeys("Chậm đóng BHXH");
        browser.findElements(By.name("v_basis")).get(0).sendKeys("Luật BHXH 41/2024/QH15 Điều 38");
        browser.findElements(By.name("v_amount")).get(0).sendKeys("125.000.000");
        browser.findElements(By.name("r_text")).get(0).sendKeys("Nộp đủ số tiền chậm đóng và tiền lãi");
        browser.findElements(By.name("r_amount")).get(0).sendKeys("125.000.000");
        String due = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
        set(By.cssSelector("#recommendation-rows .row input[name=r_due]"), due);
        browser.findElement(By.id("signer-name")).sendKeys("Nguyễn Văn Trưởng");
        clickAndWait(By.id("conclude-submit"));

        assertThat(browser.findElement(By.id("inspection-state")).getText())
                .isEqualTo("Đã kết luận, đang theo dõi kiến nghị");
        assertThat(browser.findElement(By.id("conclusion-result")).getText()).isEqualTo("Có vi phạm");
        assertThat(browser.findElement(By.id("conclusion-unpublished")).getText()).contains("KHÔNG CÔNG BỐ")
                .contains("Danh tính người lao động tố cáo.");
        assertThat(browser.findElement(By.id("violations")).getText()).contains("125.000.000");
        assertThat(browser.findElement(By.id("recommendations")).getText()).contains("Nộp đủ số tiền chậm đóng")
                .contains(due).contains("Trong hạn");

        as("thue");
        browser.get(inspectionUrl);
        assertThat(browser.findElement(By.id("refusal-code")).getText()).isEqualTo("inspection.not_party");
        assertThat(browser.getPageSource()).doesNotContain("Danh tính người lao động tố cáo.");
    }

    @Test
    void the_overdue_board_shows_the_demo_recommendation_past_its_deadline() {
        as("ldld");
        browser.get("http://localhost:" + port + "/inspection");
        clickAndWait(By.id("nav-overdue"));
        assertThat(browser.findElement(By.id("overdue-count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("overdue")).getText()).contains("2026-09-30")
                .contains("Liên đoàn Lao động tỉnh Quảng Ngãi");
    }
}
