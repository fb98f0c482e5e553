package vn.phoihop.engine.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    /** What a reader reports: "line: field|field|..." or "line: !PROBLEM". */
    private static List<String> read(byte[] bytes) throws IOException {
        var seen = new ArrayList<String>();
        new CsvRecordReader(new ByteArrayInputStream(bytes)).read(new RecordHandler() {
            private final Fields fields = new Fields();

            @Override
            public Fields nextFields() {
                return fields;
            }

            @Override
            public boolean header(long line, Fields fields) {
                seen.add(line + ": " + joined(fields));
                return true;
            }

            @Override
            public void record(long line, Fields fields) {
                seen.add(line + ": " + joined(fields));
            }

            @Override
            public void malformed(long line, Problem problem) {
                seen.add(line + ": !" + problem);
            }
        });
        return seen;
    }

    private static String joined(Fields fields) {
        var values = new ArrayList<String>();
        for (int i = 0; i < fields.count(); i++) {
            values.add(fields.string(i));
        }
        return String.join("|", values);
    }

    private static List<String> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static char delimiterOf(String text) throws IOException {
        return new CsvRecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).delimiter();
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_header() throws IOException {
        var bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(bom.toByteArray())).containsExactly("1: a|b", "2: 1|2");
    }

    @Test
    void crlf_and_lf_line_ends_both_end_records() throws IOException {
        assertThat(read("a,b\r\n1,2\r\n3,4\n5,6")).containsExactly("1: a|b", "2: 1|2", "3: 3|4", "4: 5|6");
    }

    @Test
    void the_delimiter_is_the_one_of_comma_semicolon_or_tab_found_most_in_the_header() throws IOException {
        assertThat(delimiterOf("a;b;c\n1,5;2;3\n")).isEqualTo(';');
        assertThat(delimiterOf("a\tb\tc\n")).isEqualTo('\t');
        assertThat(delimiterOf("\"x;y\",b,c\n")).isEqualTo(',');
        assertThat(delimiterOf("single\n")).isEqualTo(',');
        assertThat(read("a;b\n1,5;2\n")).containsExactly("1: a|b", "2: 1,5|2");
        assertThat(read("a\tb\n1\t2\n")).containsExactly("1: a|b", "2: 1|2");
    }

    @Test
    void quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks_and_lines_are_counted_physically() throws IOException {
        assertThat(read("a,b\n\"x, \"\"y\"\"\",\"two\r\nlines\"\n3,4\n"))
                .containsExactly("1: a|b", "2: x, \"y\"|two\r\nlines", "4: 3|4");
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_kept_as_it_is() throws IOException {
        assertThat(read("a\nTrần \"Tí\"\n")).containsExactly("1: a", "2: Trần \"Tí\"");
    }

    @Test
    void text_after_a_closing_quote_makes_the_record_malformed_and_reading_goes_on() throws IOException {
        assertThat(read("a,b\n\"x\"y,2\n3,4\n")).containsExactly("1: a|b", "2: !MALFORMED_QUOTES", "3: 3|4");
    }

    @Test
    void a_quote_left_open_until_the_end_of_the_file_is_reported_on_the_line_where_it_opened() throws IOException {
        assertThat(read("a,b\n1,2\n\"open,3\n4,5\n")).containsExactly("1: a|b", "2: 1|2", "3: !UNCLOSED_QUOTE");
    }

    @Test
    void empty_lines_and_trailing_delimiters_give_empty_fields() throws IOException {
        assertThat(read("a,b,\n\n1,2,\n")).containsExactly("1: a|b|", "2: ", "3: 1|2|");
    }

    @Test
    void invalid_utf8_is_an_error_that_names_the_line_never_a_silent_replacement() {
        byte[] latin1 = "a\nok\nTr\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1)).isInstanceOf(IOException.class).hasMessageContaining("line 3");
    }

    @Test
    void line_numbers_stay_exact_across_buffer_refills_with_crlf_and_quoted_line_breaks() throws IOException {
        var text = new StringBuilder("a,b\r\n");
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            text.append(i % 7 == 0 ? "\"Nguyễn\r\nThị\"," + i + "\r\n" : "Lê Văn," + i + "\r\n");
        }
        List<String> seen = read(text.toString());
        assertThat(seen).hasSize(rows + 1);
        long expectedLine = 2;
        for (int i = 0; i < rows; i++) {
            String record = seen.get(i + 1);
            assertThat(record).startsWith(expectedLine + ": ").endsWith("|" + i);
            expectedLine += i % 7 == 0 ? 2 : 1;
        }
    }
}
