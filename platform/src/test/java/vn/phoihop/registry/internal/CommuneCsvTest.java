package vn.phoihop.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommuneCsvTest {

    @Test
    void a_line_is_a_commune_with_its_default_start_or_a_rejection_with_its_line_number() {
        CommuneCsv.Row row = CommuneCsv.parse("21154, Phường Cẩm Thành ,51", 2).row();
        assertThat(row).isEqualTo(new CommuneCsv.Row(2, "21154", "Phường Cẩm Thành", "51", LocalDate.of(2025, 7, 1)));
        assertThat(CommuneCsv.parse("21154,Xã Tịnh Khê,51,2025-08-01", 3).row().validFrom())
                .isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(CommuneCsv.parse("2115,Xã A,51", 4).rejection()).isEqualTo("4: commune code must have 5 digits: 2115");
        assertThat(CommuneCsv.parse("21154,,51", 5).rejection()).isEqualTo("5: name is empty");
        assertThat(CommuneCsv.parse("21154,Xã A,5A", 6).rejection()).startsWith("6: unknown province code");
        assertThat(CommuneCsv.parse("21154,Xã A,51,01/08/2025", 7).rejection()).isEqualTo("7: valid_from must be YYYY-MM-DD");
        assertThat(CommuneCsv.parse("21154;Xã A;51", 8).rejection()).isEqualTo("8: expected 3 or 4 columns");
    }

    @Test
    void a_name_longer_than_the_column_is_rejected_instead_of_failing_in_the_database() {
        assertThat(CommuneCsv.parse("21154," + "x".repeat(201) + ",51", 9).rejection())
                .isEqualTo("9: name is longer than 200 characters");
        assertThat(CommuneCsv.parse("21154," + "x".repeat(200) + ",51", 10).row()).isNotNull();
    }

    @Test
    void the_header_is_recognised_with_a_byte_order_mark_and_in_any_case() {
        assertThat(CommuneCsv.headerOk("\uFEFFCOMMUNE_CODE,Name,province_code,valid_from")).isTrue();
        assertThat(CommuneCsv.headerOk("code,name,province")).isFalse();
        assertThat(CommuneCsv.headerOk(null)).isFalse();
    }
}
