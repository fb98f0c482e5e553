package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890", last six of the eight digits. */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @Test
    void codes_match_the_test_vectors_of_rfc_6238() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1_111_111_109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1_234_567_890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2_000_000_000))).isEqualTo("279037");
    }

    @Test
    void a_code_is_accepted_within_the_window_and_refused_outside_it() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(30)), now, 1)).isTrue();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.plusSeconds(30)), now, 1)).isTrue();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(90)), now, 1)).isFalse();
        assertThat(Totp.verify(RFC_SECRET, "12345", now, 1)).isFalse();
        assertThat(Totp.verify(RFC_SECRET, null, now, 1)).isFalse();
    }

    @Test
    void a_new_secret_is_160_random_bits_and_the_otpauth_uri_names_issuer_and_account() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.base32Decode(secret)).hasSize(20);
        assertThat(Totp.otpauthUri("PhoiHop", "congan", secret))
                .isEqualTo("otpauth://totp/PhoiHop:congan?secret=" + secret
                        + "&issuer=PhoiHop&algorithm=SHA1&digits=6&period=30");
    }
}
