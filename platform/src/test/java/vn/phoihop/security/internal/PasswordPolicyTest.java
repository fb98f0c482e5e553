package vn.phoihop.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    private java.util.List<String> rules(String username, String password) {
        return policy.check(username, password).stream().map(PasswordPolicy.Violation::rule).toList();
    }

    @Test
    void a_long_passphrase_passes() {
        assertThat(rules("bhxh", "trời hôm nay thật đẹp")).isEmpty();
    }

    @Test
    void a_short_password_fails_on_length_counting_characters_not_bytes() {
        assertThat(rules("bhxh", "ngắn-quá")).containsExactly("min_length");
        assertThat(rules("bhxh", "đường đến trường")).isEmpty();
    }

    @Test
    void a_password_containing_the_username_in_any_case_fails() {
        assertThat(rules("congan", "CongAn-Quang-Ngai-2026")).containsExactly("contains_username");
    }

    @Test
    void a_common_password_fails_also_with_digits_and_symbols_appended() {
        assertThat(rules("thue", "qwertyuiop123")).contains("common");
        assertThat(rules("thue", "Matkhaumoi2026!!")).contains("common");
    }

    @Test
    void a_password_of_one_repeated_character_fails() {
        assertThat(rules("thue", "aaaaaaaaaaaaaaaa")).contains("repetitive");
    }
}
