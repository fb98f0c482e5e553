package vn.phoihop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void every_error_code_is_unique_and_speaks_both_languages() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.code()).matches("[a-z_]+\\.[a-z_]+");
            assertThat(code.messageVi()).isNotBlank().isNotEqualTo(code.messageEn());
            assertThat(code.messageEn()).isNotBlank();
            assertThat(code.httpStatus()).isBetween(400, 599);
        }
    }
}
