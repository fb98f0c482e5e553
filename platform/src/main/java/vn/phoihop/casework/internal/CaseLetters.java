package vn.phoihop.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.shared.document.OfficialDocument;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;

/**
 * The letters a case sends, as official documents in the Decree 30/2020 layout: the notice to
 * the subject (thông báo) and the request to the police (công văn đề nghị). The timeline keeps
 * their text; the DOCX is archived with the case (purpose {@code letter}).
 */
@Component
class CaseLetters {

    /** Issued when a case sends a letter; the attachments archive it as DOCX. */
    record LetterIssued(long caseId, String baseName, OfficialDocument document, String actor, String agencyCode) {
    }

    private final Agencies agencies;

    CaseLetters(Agencies agencies) {
        this.agencies = agencies;
    }

    OfficialDocument notice(CaseService.CaseFile file, LocalDate date, LocalDate contestBy, int contestDays) {
        String subject = file.subject() == null ? "" : file.subject();
        List<OfficialDocument.Block> body = List.of(
                new Paragraph("Kính gửi: " + subject),
                new Paragraph("Qua đối chiếu dữ liệu và xác minh, " + issuer(file.agencyCode()).nameVi()
                        + " thông báo kết quả như sau: " + file.title()),
                new Paragraph("Đối tượng có quyền phản hồi, khiếu nại kèm tài liệu đến hết ngày " + contestBy + " ("
                        + contestDays + " ngày). Trong thời gian giải quyết phản hồi, cơ quan tạm dừng biện pháp xử lý."),
                new Paragraph("Hồ sơ số " + file.id() + " (" + file.type() + ")."));
        return new OfficialDocument(null, upper(issuer(file.agencyCode()).nameVi()), file.id() + "/TB-PH",
                place(file), date, "THÔNG BÁO", "V/v: kết quả xác minh (" + file.type() + ")", null,
                List.of(new Section(null, body)), new OfficialDocument.Signature(null, "THỦ TRƯỞNG CƠ QUAN", null),
                List.of("Như trên", "Lưu: VT, hồ sơ " + file.id()));
    }

    OfficialDocument referral(CaseService.CaseFile file, String police, String note, LocalDate date,
            List<String> attachments) {
        String policeName = agencies.byCode(police).map(Agency::nameVi).orElse(police);
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(new Paragraph("Kính gửi: " + policeName + " (" + police + ")"));
        body.add(new Paragraph("Đề nghị xem xét, xử lý hình sự hồ sơ số " + file.id() + " (" + file.type() + ") đối với "
                + (file.subject() == null ? "" : file.subject()) + "."));
        body.add(new Paragraph("Nội dung: " + file.title()));
        if (file.findingId() != null) {
            body.add(new Paragraph("Phát hiện kèm theo: " + file.findingId() + " (chứng cứ trong hồ sơ)"));
        }
        if (note != null && !note.isBlank()) {
            body.add(new Paragraph("Ghi chú: " + note));
        }
        if (!attachments.isEmpty()) {
            body.add(new Paragraph("Hồ sơ kèm theo (biên bản kiểm tra, chứng cứ):"));
            attachments.forEach(a -> body.add(new Paragraph("- " + a)));
        }
        body.add(new Paragraph("Căn cứ: Bộ luật Hình sự 2015 Điều 214–216 (ngưỡng chỉ để đối chiếu, không phải kết luận); "
                + "kết quả giải quyết đề nghị báo lại theo Bộ luật Tố tụng hình sự 2015 Điều 147."));
        return new OfficialDocument(null, upper(issuer(file.agencyCode()).nameVi()), file.id() + "/CV-PH",
                place(file), date, "CÔNG VĂN",
                "V/v: đề nghị xem xét, xử lý hình sự hồ sơ số " + file.id(), null,
                List.of(new Section(null, body)), new OfficialDocument.Signature(null, "THỦ TRƯỞNG CƠ QUAN", null),
                List.of(policeName, "Lưu: VT, hồ sơ " + file.id()));
    }

    private Agency issuer(String code) {
        return agencies.byCode(code).orElseThrow();
    }

    /** The place of the date line: the province's name without "Tỉnh" / "Thành phố". */
    private String place(CaseService.CaseFile file) {
        String jurisdiction = issuer(file.agencyCode()).jurisdictionVi();
        if (jurisdiction == null || jurisdiction.isBlank() || jurisdiction.startsWith("Toàn quốc")) {
            return "Hà Nội";
        }
        return jurisdiction.replaceFirst("^(Tỉnh|tỉnh|Thành phố|thành phố|TP\\.?)\\s+", "");
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
