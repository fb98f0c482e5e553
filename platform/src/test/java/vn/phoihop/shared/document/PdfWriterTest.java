package vn.phoihop.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;
import vn.phoihop.shared.document.OfficialDocument.Signature;

class PdfWriterTest {

    /** Every Vietnamese letter with every tone, upper and lower case. */
    static final String ALL_VIETNAMESE =
            "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";
    static final String SENTENCE = "Người sử dụng lao động chậm đóng, trốn đóng bảo hiểm xã hội; hộ kinh doanh "
            + "được hướng dẫn; những đơn vị nợ đọng kéo dài.";

    static OfficialDocument document() {
        OfficialDocument report = DocxWriterTest.report(LocalDate.of(2026, 7, 3));
        return new OfficialDocument(report.parentBody(), report.issuingBody(), report.number(), report.place(),
                report.date(), report.type(), report.summary(), "KHÔNG CÔNG BỐ",
                List.of(report.body().get(0), new Section("II. CHỮ VIỆT", List.of(new Paragraph(ALL_VIETNAMESE),
                        new Paragraph(ALL_VIETNAMESE.toUpperCase(java.util.Locale.ROOT)), new Paragraph(SENTENCE)))),
                new Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hữu"), report.recipients());
    }

    @Test
    void every_font_of_the_pdf_is_liberation_serif_embedded_with_unicode_in_all_four_styles() throws Exception {
        byte[] pdf = PdfWriter.write(document());
        List<PdfTools.PdfFont> fonts = PdfTools.fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).contains("LiberationSerif");
            assertThat(font.embedded()).as("embedded " + font.name()).isTrue();
            assertThat(font.unicode()).as("ToUnicode " + font.name()).isTrue();
        });
        assertThat(fonts.stream().map(f -> f.name().substring(f.name().indexOf('+') + 1)).distinct())
                .containsExactlyInAnyOrder("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                        "LiberationSerif-BoldItalic");
    }

    @Test
    void the_bundled_font_has_a_glyph_for_every_character_of_the_document() throws Exception {
        OfficialDocument document = document();
        String all = ALL_VIETNAMESE + ALL_VIETNAMESE.toUpperCase(java.util.Locale.ROOT) + SENTENCE
                + DocxWriter.MOTTO_COUNTRY + DocxWriter.MOTTO + document.dateLine() + "―Số: Nơi nhận:";
        for (String style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            try (InputStream in = PdfWriter.class.getClassLoader()
                    .getResourceAsStream(PdfWriter.FONT_FOLDER + "LiberationSerif-" + style + ".ttf")) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertThat(font.canDisplayUpTo(all)).as("first character without a glyph in " + style).isEqualTo(-1);
                assertThat(font.getFontName(java.util.Locale.ROOT)).startsWith("Liberation Serif");
            }
        }
    }

    @Test
    void the_vietnamese_text_extracts_back_exactly() throws Exception {
        String text = PdfTools.text(PdfWriter.write(document())).replaceAll("\\s+", " ");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI", "Số: 12/BC-BHXH", "Quảng Ngãi, ngày 03 tháng 7 năm 2026",
                "KHÔNG CÔNG BỐ", "BÁO CÁO", "Kết quả phối hợp 6 tháng đầu năm 2026", "Số đơn vị nợ đóng giảm 12,5 %.",
                "1.234", "Nơi nhận:", "- UBND tỉnh;", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hữu", ALL_VIETNAMESE,
                ALL_VIETNAMESE.toUpperCase(java.util.Locale.ROOT));
        assertThat(text).contains(SENTENCE.substring(0, 40));
        assertThat(text.replace(" ", "")).contains(SENTENCE.replace(" ", ""));
    }

    @Test
    void a_pdf_is_an_a4_pdf() throws Exception {
        byte[] pdf = PdfWriter.write(document());
        assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7");
    }
}
