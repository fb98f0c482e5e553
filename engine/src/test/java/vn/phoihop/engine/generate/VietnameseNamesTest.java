package vn.phoihop.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    @Test
    void old_tone_placement_moves_the_mark_to_the_last_vowel() {
        assertThat(VietnameseNames.oldTonePlacement("Nguyễn Thị Hòa")).isEqualTo("Nguyễn Thị Hoà");
        assertThat(VietnameseNames.oldTonePlacement("Lê Thủy")).isEqualTo("Lê Thuỷ");
        assertThat(VietnameseNames.oldTonePlacement("Hoàng Văn Nam")).isEqualTo("Hoàng Văn Nam");
    }

    @Test
    void every_spelling_variant_has_the_same_name_match_key() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            String name = VietnameseNames.commonName(i % 2 == 0 ? Gender.MALE : Gender.FEMALE, random);
            String key = VietnameseNames.norm(name);
            assertThat(VietnameseNames.norm(VietnameseNames.decomposed(name))).isEqualTo(key);
            assertThat(VietnameseNames.norm(VietnameseNames.upperWithoutDiacritics(name))).isEqualTo(key);
            assertThat(VietnameseNames.norm(VietnameseNames.oldTonePlacement(name))).isEqualTo(key);
            assertThat(VietnameseNames.norm(VietnameseNames.withExtraSpaces(name))).isEqualTo(key);
        }
        assertThat(VietnameseNames.norm("ĐẶNG  Văn Đức ")).isEqualTo("dang van duc");
    }

    @Test
    void reserved_given_names_never_occur_in_the_background() {
        assertThat(VietnameseNames.backgroundGivenNames()).doesNotContainAnyElementsOf(VietnameseNames.reservedGivenNames());
        assertThat(VietnameseNames.backgroundGivenNames().stream().map(VietnameseNames::norm))
                .doesNotContainAnyElementsOf(VietnameseNames.reservedGivenNames().stream().map(VietnameseNames::norm).toList());
    }
}
