package vn.phoihop.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    /** Keys are the stored values' bytes; text keys here are their UTF-8 encoding. */
    private static long put(KeyIndex keys, String key, long line) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return keys.putIfAbsent(bytes, 0, bytes.length, KeyIndex.hash(bytes, 0, bytes.length), line);
    }

    @Test
    void a_new_key_is_recorded_and_a_repeated_key_answers_the_line_it_was_first_seen_on() {
        var keys = new KeyIndex();
        assertThat(put(keys, "0123456789\u0001DN-1\u00012024-01-01", 2)).isZero();
        assertThat(put(keys, "0123456789\u0001DN-1\u00012024-02-01", 3)).isZero();
        assertThat(put(keys, "0123456789\u0001DN-1\u00012024-01-01", 9)).isEqualTo(2);
        assertThat(put(keys, "0123456789\u0001DN-1\u00012024-01-01", 12)).isEqualTo(2);
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void keys_beyond_ascii_are_compared_exactly() {
        var keys = new KeyIndex();
        assertThat(put(keys, "Trường Lê Lợi", 2)).isZero();
        assertThat(put(keys, "Trường Lê Lơi", 3)).isZero();
        assertThat(put(keys, "Trường Lê Lợi", 4)).isEqualTo(2);
        assertThat(put(keys, "Truong Le Loi", 5)).isZero();
    }

    @Test
    void millions_of_keys_keep_their_first_lines_through_growth_and_chunk_boundaries() {
        for (String prefix : new String[] {"", "DN-"}) { // numeric keys, and keys kept as text
            var keys = new KeyIndex();
            int count = 1_200_000;
            for (int i = 0; i < count; i++) {
                assertThat(put(keys, prefix + String.format("%012d", i * 7L), i + 2L)).isZero();
            }
            for (int i = 0; i < count; i += 997) {
                assertThat(put(keys, prefix + String.format("%012d", i * 7L), 0)).isEqualTo(i + 2L);
            }
            assertThat(put(keys, prefix + String.format("%012d", 3L), 1)).isZero();
            assertThat(keys.size()).isEqualTo(count + 1);
        }
    }

    @Test
    void digit_keys_that_differ_only_in_leading_zeros_or_length_are_different_keys() {
        var keys = new KeyIndex();
        assertThat(put(keys, "0123456789", 2)).isZero();
        assertThat(put(keys, "123456789", 3)).isZero();
        assertThat(put(keys, "00123456789", 4)).isZero();
        assertThat(put(keys, "0", 5)).isZero();
        assertThat(put(keys, "00", 6)).isZero();
        assertThat(put(keys, "99999999999999999", 7)).isZero();
        assertThat(put(keys, "999999999999999999", 8)).isZero();
        assertThat(put(keys, "0123456789", 9)).isEqualTo(2);
        assertThat(put(keys, "99999999999999999", 10)).isEqualTo(7);
        assertThat(put(keys, "999999999999999999", 11)).isEqualTo(8);
        assertThat(keys.size()).isEqualTo(7);
    }
}
