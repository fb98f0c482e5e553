package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MaskingTest {

    @Test
    void a_personal_id_keeps_its_first_four_and_last_three_digits() {
        assertThat(Masking.identifier("079012345123")).isEqualTo("0790*****123");
        assertThat(Masking.identifier("7901234512")).isEqualTo("7901***512");
        assertThat(Masking.identifier("12345")).isEqualTo("***45");
    }

    @Test
    void a_name_keeps_only_the_first_letter_of_each_word() {
        assertThat(Masking.name("Nguyễn Văn An")).isEqualTo("N***** V** A*");
    }

    @Test
    void free_text_loses_known_names_and_anything_shaped_like_an_identifier() {
        String text = "Người Trần Thị Bé (079012345123, thẻ GD4797912345678) sai ngày sinh; số tiền 1.500.000";
        String masked = Masking.text(text, List.of("Trần Thị Bé"));
        assertThat(masked).isEqualTo("Người T*** T** B* (0790*****123, thẻ GD47********678) sai ngày sinh; "
                + "số tiền 1.500.000");
    }

    @Test
    void evidence_is_masked_field_by_field_and_keeps_what_is_not_personal() {
        JsonNode evidence = JsonMapper.builder().build().readTree("""
                [{"dataset": "population", "source_line": 12, "personal_id": "079012345123",
                  "full_name": "Lê Văn Cường", "birth_date": "1985-02-03", "commune_code": "21001",
                  "note": "trùng với 079012345124"}]""");
        JsonNode masked = Masking.evidence(evidence, Masking.personalValues(evidence));
        assertThat(masked.get(0).path("personal_id").asString()).isEqualTo("0790*****123");
        assertThat(masked.get(0).path("full_name").asString()).isEqualTo("L* V** C****");
        assertThat(masked.get(0).path("birth_date").asString()).isEqualTo("1985-**-**");
        assertThat(masked.get(0).path("commune_code").asString()).isEqualTo("21001");
        assertThat(masked.get(0).path("source_line").asInt()).isEqualTo(12);
        assertThat(masked.get(0).path("note").asString()).isEqualTo("trùng với 0790*****124");
    }
}
