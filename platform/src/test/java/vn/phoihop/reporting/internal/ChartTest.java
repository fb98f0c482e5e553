package vn.phoihop.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    static Chart findings() {
        return new Chart(Chart.Kind.BARS, "Phát hiện <theo> quy tắc", List.of("ARREARS-EVASION", "POP-MISMATCH"),
                List.of("/casework?rule=ARREARS-EVASION", "/casework?rule=POP-MISMATCH"),
                List.of(new Chart.Series("Chờ xác minh", List.of(5.0, 3.0), Chart.PALETTE[0]),
                        new Chart.Series("Đã xác nhận", List.of(2.0, 0.0), Chart.PALETTE[1])), "count");
    }

    @Test
    void each_bar_links_to_its_records_and_shows_its_total() {
        String svg = findings().svg();
        assertThat(svg).startsWith("<svg").contains("href=\"/casework?rule=ARREARS-EVASION\"", ">7</text>",
                ">3</text>", "Phát hiện &lt;theo&gt; quy tắc");
    }

    @Test
    void an_empty_chart_says_so() {
        Chart empty = new Chart(Chart.Kind.BARS, "Hồ sơ", List.of(), null,
                List.of(new Chart.Series("Hồ sơ", List.of(), Chart.PALETTE[0])), "count");
        assertThat(empty.svg()).contains(Chart.EMPTY);
        assertThat(empty.png()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void numbers_are_written_the_vietnamese_way() {
        assertThat(Chart.number(994_900_800)).isEqualTo("994.900.800");
        assertThat(Chart.number(1234.5)).isEqualTo("1.234,5");
        assertThat(Chart.compact(2_500_000_000d)).isEqualTo("2,5 tỷ");
    }

    @Test
    void the_png_of_a_chart_is_an_image() {
        assertThat(findings().png()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
