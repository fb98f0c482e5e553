package vn.phoihop.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.phoihop.reporting.ReportWorkflow;

/**
 * The demo's periodic report: the first half of 2026, parts written and sent by five agencies,
 * consolidated by social security for the People's Committee; and the list of late and evading
 * organisations at 30/06/2026 published. Idempotent.
 */
final class DemoReports {

    static final String PERIOD = "2026-H1";
    static final LocalDate LIST_AS_OF = LocalDate.of(2026, 6, 30);
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
    private static final String BHXH = "51.social_security";

    private record Part(String username, String agency, String results, String difficulties) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("congan", "51.police", "Tiếp nhận 01 hồ sơ trốn đóng do BHXH tỉnh chuyển đến; đã thụ lý và đang xác minh. "
                    + "Phối hợp xác thực thông tin người tham gia với Cơ sở dữ liệu quốc gia về dân cư.",
                    "Một số hồ sơ thiếu biên bản làm việc với đơn vị nợ đóng."),
            new Part("thue", "51.tax", "Cung cấp danh sách doanh nghiệp ngừng hoạt động, giải thể và số liệu chi phí BHXH đã kê khai khấu trừ thuế.",
                    "Chưa đồng bộ mã số thuế chi nhánh với mã đơn vị tham gia BHXH."),
            new Part("noivu", "51.home_affairs", "Phối hợp kiểm tra việc chấp hành pháp luật lao động, BHXH tại các doanh nghiệp nợ kéo dài; "
                    + "chi trả trợ cấp thất nghiệp đúng hạn.", null),
            new Part("ldld", "51.trade_union", "Nhận danh sách đơn vị nợ đóng hằng quý, đôn đốc công đoàn cơ sở; đề nghị không xét khen thưởng "
                    + "các đơn vị còn nợ đóng.", "Công đoàn cơ sở tại doanh nghiệp nhỏ còn ít."),
            new Part("yte", "51.health", "Phối hợp giám định chi phí khám chữa bệnh BHYT; rà soát cơ sở vượt dự toán.", null));

    private final ReportWorkflow workflow;

    DemoReports(ReportWorkflow workflow) {
        this.workflow = workflow;
    }

    void seed() {
        if ("consolidated".equals(workflow.status(DemoProvince.PROVINCE_CODE, PERIOD, BHXH))) {
            return;
        }
        for (Part part : PARTS) {
            long id = workflow.open(PERIOD, part.username(), part.agency());
            if (!"draft".equals(workflow.status(DemoProvince.PROVINCE_CODE, PERIOD, part.agency()))) {
                continue;
            }
            workflow.write(id, "results", part.results(), part.username(), part.agency());
            if (part.difficulties() != null) {
                workflow.write(id, "difficulties", part.difficulties(), part.username(), part.agency());
            }
            workflow.submit(id, part.username(), part.agency());
        }
        long own = workflow.open(PERIOD, "bhxh", BHXH);
        workflow.write(own, "results", "Các sở, ngành đã phối hợp trao đổi dữ liệu định kỳ qua nền tảng; đối soát dữ liệu "
                + "phát hiện các đơn vị chậm đóng, trốn đóng và trường hợp cần xác minh; các vụ việc được xử lý đúng hạn.",
                "bhxh", BHXH);
        workflow.write(own, "proposals", "Đề nghị UBND tỉnh chỉ đạo các sở, ngành gửi báo cáo đúng hạn (trước ngày 05/07) "
                + "và tăng cường kiểm tra liên ngành đối với các đơn vị nợ đóng kéo dài.", "bhxh", BHXH);
        String number = workflow.consolidate(PERIOD, "bhxh", BHXH);
        if (!workflow.published(DemoProvince.PROVINCE_CODE)) {
            int rows = workflow.publishArrears(LIST_AS_OF, "bhxh", BHXH);
            log.info("Demo: list of late and evading organisations at {} published ({} rows)", LIST_AS_OF, rows);
        }
        log.info("Demo: report {} of {} consolidated", number, PERIOD);
    }
}
