package vn.phoihop.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.phoihop.inspection.Inspections;
import vn.phoihop.inspection.Inspections.Actor;

/**
 * The demo's 2026 joint inspection plan of the provincial social security office, with the
 * highest-ranked employers at different stages: invitations pending, team confirmed, in progress
 * with a record, and concluded with one recommendation done and one overdue.
 */
final class DemoInspections {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);
    private static final int YEAR = 2026;
    private static final Actor BHXH = new Actor("bhxh", "51.social_security");
    private static final Actor NOIVU = new Actor("noivu", "51.home_affairs");
    private static final Actor CONGAN = new Actor("congan", "51.police");
    private static final Actor LDLD = new Actor("ldld", "51.trade_union");

    private final Inspections inspections;

    DemoInspections(Inspections inspections) {
        this.inspections = inspections;
    }

    void seed() {
        if (inspections.planOf(YEAR, "province", DemoProvince.PROVINCE_CODE, BHXH.agencyCode()).isPresent()) {
            return;
        }
        List<Inspections.CandidateRef> top = inspections.candidates(YEAR, DemoProvince.PROVINCE_CODE);
        if (top.size() < 4) {
            log.info("Demo inspections not seeded: only {} candidates", top.size());
            return;
        }
        long plan = inspections.createPlan(new Inspections.NewPlan(YEAR, "province", DemoProvince.PROVINCE_CODE,
                "Kế hoạch kiểm tra liên ngành năm 2026 về BHXH, BHYT, BHTN"), BHXH);
        long concluded = add(plan, top.get(0), 6);
        long inProgress = add(plan, top.get(1), 10);
        long confirmed = add(plan, top.get(2), 11);
        long pending = add(plan, top.get(3), 12);
        for (long id : List.of(concluded, inProgress, confirmed)) {
            inspections.invite(id, NOIVU.agencyCode(), BHXH);
            inspections.invite(id, LDLD.agencyCode(), BHXH);
        }
        inspections.invite(concluded, CONGAN.agencyCode(), BHXH);
        inspections.invite(pending, NOIVU.agencyCode(), BHXH);
        inspections.consult(plan, List.of("51.trade_union", "51.home_affairs", "51.police", "51.tax"), BHXH);
        inspections.comment(plan, "Đề nghị bổ sung nội dung kiểm tra việc công khai thông tin đóng BHXH cho người lao động.",
                LDLD);
        inspections.approve(plan, BHXH);
        inspections.publish(plan, BHXH);
        for (long id : List.of(concluded, inProgress, confirmed)) {
            inspections.answer(id, true, "Chuyên viên Sở Nội vụ (dữ liệu mẫu)", null, NOIVU);
            inspections.answer(id, true, "Cán bộ LĐLĐ tỉnh (dữ liệu mẫu)", null, LDLD);
        }
        inspections.answer(concluded, true, "Cán bộ Phòng Cảnh sát kinh tế (dữ liệu mẫu)", null, CONGAN);

        inspections.start(inProgress, BHXH);
        List<Long> items = inspections.checklistOf(inProgress);
        inspections.check(inProgress, items.get(0), "compliant", null, BHXH);
        inspections.check(inProgress, items.get(2), "violation", "Chậm đóng nhiều kỳ", NOIVU);
        inspections.addRecord(inProgress, new Inspections.NewRecord(LocalDate.of(2026, 10, 14), "Trụ sở đơn vị",
                "Đối chiếu danh sách lao động, bảng lương và chứng từ nộp tiền năm 2025.", "Kế toán trưởng"), BHXH);

        inspections.start(concluded, BHXH);
        for (long item : inspections.checklistOf(concluded)) {
            inspections.check(concluded, item, item == inspections.checklistOf(concluded).get(2) ? "violation"
                    : "compliant", null, BHXH);
        }
        inspections.addRecord(concluded, new Inspections.NewRecord(LocalDate.of(2026, 6, 16), "Trụ sở đơn vị",
                "Đơn vị chậm đóng BHXH 7 kỳ; đã đối chiếu chứng từ nộp tiền và văn bản đôn đốc.", "Giám đốc"), BHXH);
        inspections.conclude(concluded, new Inspections.Conclusion("01/KL-ĐKTLN", LocalDate.of(2026, 7, 15),
                "Đơn vị đăng ký đủ lao động nhưng chậm đóng nhiều kỳ liên tiếp.",
                "Danh sách 12 người lao động bị ảnh hưởng quyền lợi kèm số định danh (không công bố).",
                "Nguyễn Văn Trưởng", "Trưởng đoàn",
                List.of(new Inspections.Violation("Chậm đóng BHXH, BHYT, BHTN nhiều kỳ",
                        "Luật BHXH 41/2024/QH15 Điều 38, 40", 185_000_000L)),
                List.of(new Inspections.Recommendation("Nộp đủ số tiền chậm đóng và tiền lãi", top.get(0).name(),
                                BHXH.agencyCode(), LocalDate.of(2026, 8, 31), 185_000_000L, "none", null),
                        new Inspections.Recommendation("Báo cáo kết quả khắc phục và công khai cho người lao động",
                                top.get(0).name(), LDLD.agencyCode(), LocalDate.of(2026, 9, 30), 0L, "none", null))),
                BHXH);
        inspections.completeRecommendation(firstRecommendation(concluded), "Đơn vị đã nộp đủ theo chứng từ mẫu",
                185_000_000L, LocalDate.of(2026, 8, 28), BHXH);
        log.info("Demo inspection plan {} seeded", YEAR);
    }

    private long add(long plan, Inspections.CandidateRef candidate, int month) {
        return inspections.addInspection(plan, new Inspections.NewInspection("contribution", candidate.targetCode(),
                candidate.name(), "Việc chấp hành pháp luật về đóng BHXH, BHYT, BHTN", LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31), month, candidate.score()), BHXH);
    }

    private long firstRecommendation(long inspection) {
        return inspections.recommendationsOf(inspection).get(0);
    }
}
