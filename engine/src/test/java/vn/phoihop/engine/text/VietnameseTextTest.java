package vn.phoihop.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void a_name_with_tone_marks_capitals_extra_spaces_or_decomposed_form_normalises_to_the_same_text() {
        assertThat(VietnameseText.norm("Nguyễn Thị Hoà")).isEqualTo("nguyen thi hoa");
        assertThat(VietnameseText.norm("NGUYEN THI HOA")).isEqualTo("nguyen thi hoa");
        assertThat(VietnameseText.norm(nfd("Nguyễn  Thị Hòa"))).isEqualTo("nguyen thi hoa");
    }

    @Test
    void old_and_new_tone_mark_placement_mean_the_same_name() {
        assertThat(VietnameseText.norm("Thuỷ")).isEqualTo(VietnameseText.norm("Thủy")).isEqualTo("thuy");
        assertThat(VietnameseText.norm("Hoà")).isEqualTo(VietnameseText.norm("Hòa"));
    }

    @Test
    void d_with_stroke_becomes_d_in_either_case() {
        assertThat(VietnameseText.norm("Đặng Đức")).isEqualTo("dang duc");
        assertThat(VietnameseText.norm("đỗ")).isEqualTo("do");
    }

    @Test
    void leading_trailing_and_unusual_white_space_is_removed_or_collapsed() {
        assertThat(VietnameseText.norm("\t Lê\u00A0 Văn\n  Tám  ")).isEqualTo("le van tam");
        assertThat(VietnameseText.norm("   ")).isEmpty();
    }

    @Test
    void the_fast_path_agrees_with_the_definition_on_every_vietnamese_letter_and_beyond() {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        String text = letters + " " + letters.toUpperCase(java.util.Locale.ROOT) + " İstanbul straße Ωμέγα 漢字";
        assertThat(VietnameseText.norm(text)).isEqualTo(VietnameseText.slowNorm(text));
        assertThat(VietnameseText.norm(nfd(text))).isEqualTo(VietnameseText.slowNorm(text));
        assertThat(VietnameseText.norm("ƯỚC")).isEqualTo("uoc");
    }
}
