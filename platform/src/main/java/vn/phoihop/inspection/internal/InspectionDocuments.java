package vn.phoihop.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.inspection.internal.InspectionService.Inspection;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.shared.document.OfficialDocument;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;
import vn.phoihop.shared.document.OfficialDocument.Table;

/**
 * The records (biên bản) and the conclusion (kết luận) of an inspection as official documents in
 * the Decree 30/2020 layout. Records are working papers and always carry the unpublished mark;
 * the conclusion carries it in the parties' edition, which holds the unpublished content
 * (QCPH 1619 Điều 7.3: "trừ những vấn đề không được công bố theo quy định của pháp luật về thanh tra").
 */
@Component
class InspectionDocuments {

    static final String UNPUBLISHED = "KHÔNG CÔNG BỐ";
    static final String TEAM = "ĐOÀN KIỂM TRA LIÊN NGÀNH";

    private final Agencies agencies;
    private final InspectionService service;
    private final InspectionViews views;

    InspectionDocuments(Agencies agencies, InspectionService service, InspectionViews views) {
        this.agencies = agencies;
        this.service = service;
        this.views = views;
    }

    private String nameOf(String agencyCode) {
        return agencies.byCode(agencyCode).map(Agency::nameVi).orElse(agencyCode);
    }

    private String placeOf(String agencyCode) {
        String jurisdiction = agencies.byCode(agencyCode).map(Agency::jurisdictionVi).orElse("");
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return "Hà Nội";
        }
        return jurisdiction.replaceFirst("^(Tỉnh|Thành phố) ", "");
    }

    static String vnd(Object amount) {
        long value = amount == null ? 0 : ((Number) amount).longValue();
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    static String date(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private Table team(Inspection inspection) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(nameOf(inspection.leadAgency()), "Chủ trì"));
        service.members(inspection.id()).stream().filter(m -> m.status().equals("confirmed"))
                .forEach(m -> rows.add(List.of(nameOf(m.agencyCode()), "Thành viên: " + m.memberName())));
        return new Table(List.of("Cơ quan", "Vai trò"), rows, List.of(false, false));
    }

    private Table checklist(Map<String, Object> body) {
        List<List<String>> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("checklist");
        for (Map<String, Object> item : items) {
            Object result = item.get("result");
            rows.add(List.of(String.valueOf(item.get("position")), (String) item.get("text_vi"),
                    result == null ? "Chưa kiểm tra" : switch ((String) result) {
                        case "compliant" -> "Đúng quy định";
                        case "violation" -> "Vi phạm";
                        default -> "Không áp dụng";
                    }, item.get("note") == null ? "" : (String) item.get("note"), (String) item.get("legal_basis")));
        }
        return new Table(List.of("TT", "Nội dung", "Kết quả", "Ghi chú", "Căn cứ"), rows,
                List.of(true, false, false, false, false));
    }

    private static List<OfficialDocument.Block> paragraphs(String text) {
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new Paragraph(line.strip()));
            }
        }
        return blocks;
    }

    /** One record (biên bản) of an inspection; always marked unpublished. */
    OfficialDocument record(Inspection inspection, long recordId) {
        Map<String, Object> record = views.records(inspection.id()).stream()
                .filter(r -> ((Number) r.get("id")).longValue() == recordId).findFirst()
                .orElseThrow(() -> new vn.phoihop.shared.PhoihopException(vn.phoihop.shared.ErrorCode.NOT_FOUND));
        Map<String, Object> body = views.inspection(inspection, inspection.leadAgency());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, List.of(new Paragraph("Hôm nay, ngày " + date((String) record.get("held_on"))
                + ", tại " + record.get("place") + ", đoàn kiểm tra liên ngành gồm:"), team(inspection),
                new Paragraph("Đại diện đơn vị được kiểm tra: " + inspection.targetName() + " (mã "
                        + inspection.targetCode() + ")" + (record.get("employer_representative") == null ? ""
                                : ", ông/bà " + record.get("employer_representative")) + "."))));
        sections.add(new Section("I. Nội dung kiểm tra", List.of(
                new Paragraph("Nội dung: " + body.get("type_label") + ". Phạm vi: " + inspection.scope() + "."),
                new Paragraph("Thời kỳ kiểm tra: từ " + date(inspection.periodFrom().toString()) + " đến "
                        + date(inspection.periodTo().toString()) + "."))));
        List<OfficialDocument.Block> found = new ArrayList<>(paragraphs((String) record.get("content")));
        found.add(checklist(body));
        sections.add(new Section("II. Kết quả làm việc", found));
        sections.add(new Section(null, List.of(new Paragraph(
                "Biên bản là tài liệu làm việc của đoàn kiểm tra, không công bố; được lập thành các bản có giá trị như"
                        + " nhau, đoàn kiểm tra và đơn vị được kiểm tra mỗi bên giữ một bản."))));
        return new OfficialDocument(nameOf(inspection.leadAgency()).toUpperCase(Locale.ROOT), TEAM,
                (String) record.get("number"), placeOf(inspection.leadAgency()),
                LocalDate.parse((String) record.get("held_on")), "BIÊN BẢN",
                "Kiểm tra liên ngành tại " + inspection.targetName(), UNPUBLISHED, sections,
                new OfficialDocument.Signature("ĐẠI DIỆN ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", (String) record.get("created_by")),
                List.of("Thành viên đoàn kiểm tra", inspection.targetName(), "Lưu: hồ sơ kiểm tra"));
    }

    /**
     * The conclusion. The parties' edition holds the unpublished content and carries the mark; the
     * public edition leaves both out and is what may be published.
     */
    OfficialDocument conclusion(Inspection inspection, boolean partiesEdition) {
        Map<String, Object> body = views.inspection(inspection, inspection.leadAgency());
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) body.get("conclusion");
        if (c == null) {
            throw new vn.phoihop.shared.PhoihopException(vn.phoihop.shared.ErrorCode.INSPECTION_WRONG_STATE,
                    Map.of("conclusion", "the inspection has no conclusion yet"));
        }
        List<Section> sections = new ArrayList<>();
        String basis = inspection.planId() == null
                ? "Kiểm tra đột xuất (QCPH 1619/2012 Điều 7.2, 18.4): " + inspection.adhocReason()
                : "Kế hoạch kiểm tra liên ngành năm " + inspection.year() + " (QCPH 1619/2012 Điều 18.1).";
        sections.add(new Section("I. Căn cứ và thành phần", List.of(new Paragraph(basis),
                new Paragraph("Đơn vị được kiểm tra: " + inspection.targetName() + " (mã " + inspection.targetCode()
                        + "); phạm vi: " + inspection.scope() + "; thời kỳ từ " + date(inspection.periodFrom().toString())
                        + " đến " + date(inspection.periodTo().toString()) + "."),
                team(inspection))));
        List<OfficialDocument.Block> result = new ArrayList<>(paragraphs((String) c.get("summary")));
        result.add(checklist(body));
        sections.add(new Section("II. Kết quả kiểm tra", result));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) body.get("violations");
        long total = violations.stream().mapToLong(v -> ((Number) v.get("amount_to_recover_vnd")).longValue()).sum();
        List<List<String>> vRows = new ArrayList<>();
        int n = 1;
        for (Map<String, Object> v : violations) {
            vRows.add(List.of(String.valueOf(n++), (String) v.get("description"), (String) v.get("legal_basis"),
                    vnd(v.get("amount_to_recover_vnd"))));
        }
        sections.add(new Section("III. Vi phạm và số tiền phải truy thu", violations.isEmpty()
                ? List.of(new Paragraph("Không phát hiện vi phạm."))
                : List.of(new Table(List.of("TT", "Vi phạm", "Căn cứ pháp lý", "Số tiền truy thu (đồng)"), vRows,
                        List.of(true, false, false, true)), new Paragraph("Tổng số tiền phải truy thu: " + vnd(total)
                        + " đồng."))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recommendations = (List<Map<String, Object>>) body.get("recommendations");
        List<List<String>> rRows = new ArrayList<>();
        n = 1;
        for (Map<String, Object> r : recommendations) {
            rRows.add(List.of(String.valueOf(n++), (String) r.get("text"), (String) r.get("addressee"),
                    nameOf((String) r.get("responsible_agency")), date((String) r.get("due_on"))));
        }
        sections.add(new Section("IV. Kiến nghị", recommendations.isEmpty() ? List.of(new Paragraph("Không có."))
                : List.of(new Table(List.of("TT", "Kiến nghị", "Đối tượng thực hiện", "Cơ quan theo dõi", "Thời hạn"),
                        rRows, List.of(true, false, false, false, false)))));
        boolean unpublished = partiesEdition && c.get("unpublished_content") != null;
        if (unpublished) {
            sections.add(new Section("V. Nội dung không công bố (chỉ gửi các bên tham gia)",
                    paragraphs((String) c.get("unpublished_content"))));
        }
        List<String> recipients = new ArrayList<>();
        recipients.add(inspection.targetName());
        service.members(inspection.id()).stream().filter(m -> m.status().equals("confirmed"))
                .forEach(m -> recipients.add(nameOf(m.agencyCode())));
        recipients.add("Lưu: VT, hồ sơ kiểm tra");
        return new OfficialDocument(null, nameOf(inspection.leadAgency()).toUpperCase(Locale.ROOT),
                (String) c.get("number"), placeOf(inspection.leadAgency()),
                LocalDate.parse((String) c.get("concluded_on")), "KẾT LUẬN",
                "Kiểm tra liên ngành tại " + inspection.targetName(), unpublished ? UNPUBLISHED : null, sections,
                new OfficialDocument.Signature("TM. ĐOÀN KIỂM TRA", ((String) c.get("signer_title")).toUpperCase(Locale.ROOT),
                        (String) c.get("signer_name")),
                recipients);
    }
}
