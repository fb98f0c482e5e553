package vn.phoihop.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;
import vn.phoihop.shared.document.OfficialDocument.Signature;
import vn.phoihop.shared.document.OfficialDocument.Table;

class DocxWriterTest {

    static OfficialDocument report(LocalDate date) {
        return new OfficialDocument("UBND TỈNH QUẢNG NGÃI", "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI", "12/BC-BHXH",
                "Quảng Ngãi", date, "BÁO CÁO", "Kết quả phối hợp 6 tháng đầu năm 2026", null,
                List.of(new Section("I. KẾT QUẢ", List.of(new Paragraph("Số đơn vị nợ đóng giảm 12,5 %."),
                        new Table(List.of("Chỉ tiêu", "Số lượng"), List.of(List.of("Đơn vị nợ", "1.234")),
                                List.of(false, true))))),
                new Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hữu"), List.of("UBND tỉnh", "Lưu: VT"));
    }

    @Test
    void the_date_line_pads_days_below_ten_and_the_first_two_months() {
        assertThat(report(LocalDate.of(2026, 2, 5)).dateLine()).isEqualTo("Quảng Ngãi, ngày 05 tháng 02 năm 2026");
        assertThat(report(LocalDate.of(2026, 7, 15)).dateLine()).isEqualTo("Quảng Ngãi, ngày 15 tháng 7 năm 2026");
    }

    @Test
    void a_docx_carries_the_national_header_the_body_and_the_signature_in_vietnamese() throws Exception {
        byte[] docx = DocxWriter.write(report(LocalDate.of(2026, 7, 3)));
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(read)) {
            String all = text.getText();
            assertThat(all).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI", "Số: 12/BC-BHXH", "Quảng Ngãi, ngày 03 tháng 7 năm 2026",
                    "BÁO CÁO", "Số đơn vị nợ đóng giảm 12,5 %.", "1.234", "Nơi nhận:", "- UBND tỉnh;",
                    "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hữu");
            assertThat(read.getTables()).hasSize(3);
            assertThat(read.getParagraphs().get(0).getRuns()).isNotEmpty();
        }
    }
}
