package vn.phoihop.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void the_fourth_digit_of_a_personal_id_encodes_century_and_gender() {
        assertThat(Identifiers.personalId(5, false, Gender.MALE, 1962)).matches("051062\\d{6}");
        assertThat(Identifiers.personalId(5, false, Gender.FEMALE, 1962)).matches("051162\\d{6}");
        assertThat(Identifiers.personalId(5, false, Gender.MALE, 2019)).matches("051219\\d{6}");
        assertThat(Identifiers.personalId(5, true, Gender.FEMALE, 2001)).matches("062301\\d{6}");
    }

    @Test
    void personal_ids_are_unique_within_and_across_blocks_of_a_million() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 200_000; i++) {
            assertThat(seen.add(Identifiers.personalId(i, false, Gender.MALE, 1980))).isTrue();
        }
        // Same serial in the next block: a different province code keeps them apart.
        for (long i = Identifiers.PERSONS_PER_BLOCK; i < Identifiers.PERSONS_PER_BLOCK + 1_000; i++) {
            assertThat(seen.add(Identifiers.personalId(i, false, Gender.MALE, 1980))).isTrue();
        }
        assertThatThrownBy(() -> Identifiers.personalId(Identifiers.MAX_PERSON_INDEX + 1, false, Gender.MALE, 1980))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void social_insurance_codes_have_ten_digits_and_are_unique() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 200_000; i++) {
            String code = Identifiers.socialInsuranceCode(i);
            assertThat(code).matches("51\\d{8}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void old_id_numbers_have_nine_digits_with_leading_zeros_kept() {
        Set<String> seen = new HashSet<>();
        boolean leadingZero = false;
        for (long i = 0; i < 100_000; i++) {
            String id = Identifiers.oldIdNumber(i);
            assertThat(id).hasSize(9).containsOnlyDigits();
            assertThat(seen.add(id)).isTrue();
            leadingZero |= id.charAt(0) == '0';
        }
        assertThat(leadingZero).isTrue();
    }

    @Test
    void tax_codes_carry_a_valid_check_digit_and_are_unique() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 50_000; i++) {
            String code = Identifiers.taxCode(i % 2 == 0 ? "01" : "43", i);
            assertThat(code).hasSize(10).containsOnlyDigits();
            assertThat(Identifiers.isValidTaxCode(code)).isTrue();
            assertThat(Identifiers.isValidTaxCode(code + "-001")).isTrue();
            assertThat(seen.add(code)).isTrue();
        }
        assertThat(Identifiers.taxCode("01", 7)).startsWith("01");
    }

    @Test
    void a_wrong_check_digit_makes_a_tax_code_invalid() {
        String code = Identifiers.taxCode("43", 123);
        char wrong = code.charAt(9) == '9' ? '0' : (char) (code.charAt(9) + 1);
        assertThat(Identifiers.isValidTaxCode(code.substring(0, 9) + wrong)).isFalse();
        assertThat(Identifiers.isValidTaxCode(code.substring(1))).isFalse();
    }

    @Test
    void a_legacy_card_number_has_fifteen_characters() {
        assertThat(Identifiers.legacyCardNumber("DN", 4, "5112345678")).isEqualTo("DN4515112345678").hasSize(15);
    }
}
