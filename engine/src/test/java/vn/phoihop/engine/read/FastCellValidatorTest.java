package vn.phoihop.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Column;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.catalog.StoredColumn;

/**
 * The fast path on bytes may only accept what {@link CellValidator} accepts, and must then store
 * exactly what it stores: compared on the usual forms, on every edge the validator's own tests
 * name, and on a million random values built from the characters that matter.
 */
class FastCellValidatorTest {

    /** Characters that exercise every branch: digits, separators, letters, Vietnamese, spaces, controls. */
    private static final String[] PIECES = {
            "0", "1", "2", "5", "9", "00", "12", "31", "2024", "1999", "0000", "-", "/", ".", ",", " ", "\t",
            "a", "A", "z", "N", "n", "u", "U", "m", "M", "DN", "_", "\"", "Nữ", "NỮ", "nu\u031B\u0303", "Nam", "nam",
            "Đ", "đ", "Hoà", "Hòa", "ễ", "\u00A0", "\u3000", "\u2002", "\u0001", "\u007F", "K", "\u212A", "İ",
            "active", "employer", "monthly", "😀", "Ⱥ", "ǅ", "\u0301", "2024-01-01", "31/12/2023", "07/2025",
            "2025-07", "1.234.567", "12,345", "2023-2024", "0123456789", "051306271828", "-001",
    };

    private static List<Column> allColumns() {
        var columns = new ArrayList<Column>();
        for (Dataset dataset : Catalog.all()) {
            columns.addAll(dataset.columns());
        }
        return columns;
    }

    @Test
    void random_values_of_every_column_are_stored_alike_by_both_paths() {
        var random = new Random(20261122);
        List<Column> columns = allColumns();
        int fastAccepted = 0;
        for (int n = 0; n < 1_000_000; n++) {
            var value = new StringBuilder();
            int pieces = 1 + random.nextInt(4);
            for (int k = 0; k < pieces; k++) {
                value.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Column column = columns.get(random.nextInt(columns.size()));
            if (compare(column, value.toString().strip())) {
                fastAccepted++;
            }
        }
        assertThat(fastAccepted).as("the fast path is exercised").isGreaterThan(10_000);
    }

    @ParameterizedTest(name = "{0}.{1} = [{2}]")
    @CsvSource(delimiter = '|', value = {
            "population|personal_id|051306271828",
            "population|personal_id|01234567890",
            "population|full_name|Trần Thị Mai",
            "population|full_name|  Nguyễn   Văn  A ",
            "population|full_name|HOÀNG ĐỨC",
            "population|full_name|Hoa\u0300",
            "population|birth_date|2006-10-07",
            "population|birth_date|07/10/2006",
            "population|birth_date|10/2006",
            "population|birth_date|2006-10",
            "population|birth_date|2006",
            "population|birth_date|0000",
            "population|birth_date|2023-02-29",
            "population|birth_date|2024-02-29",
            "population|gender|Nữ",
            "population|gender|NỮ",
            "population|gender|nU",
            "population|gender|NAM",
            "population|gender|Nu\u031B\u0303",
            "population|death_date|31/12/2025",
            "population|death_date|0001-01-01",
            "population|death_date|31/11/2025",
            "employers|tax_code|0101234567-001",
            "employers|tax_code|0101234567",
            "employers|tax_code|101234567",
            "employers|status|ACTIVE",
            "employers|unit_code|DN-00_1",
            "health_cards|group_code|dt",
            "health_cards|valid_from|01/01/2026",
            "contribution_dues|period|07/2025",
            "contribution_dues|period|2025-13",
            "contribution_payments|amount|1.234.567",
            "contribution_payments|amount|1234567",
            "contribution_payments|amount|999999999999999999",
            "contribution_payments|amount|9999999999999999999",
            "contribution_payments|amount|007",
            "students|school_year|2024-2025",
            "students|school_year|2024-2026",
            "tax_employers|fiscal_year|0012",
    })
    void edges_are_stored_alike_by_both_paths(String dataset, String column, String value) {
        compare(Catalog.byCode(dataset).orElseThrow().column(column).orElseThrow(), value.strip());
    }

    /** Runs both paths; returns whether the fast path accepted. */
    private static boolean compare(Column column, String value) {
        if (value.isEmpty()) {
            return false;
        }
        List<StoredColumn> stored = storedColumnsOf(column);
        String[] expected = new String[stored.size()];
        Invalid invalid = CellValidator.validate(column, value, expected, 0);

        byte[] bytes = ("«" + value + "»").getBytes(StandardCharsets.UTF_8); // the value inside a record
        int from = "«".getBytes(StandardCharsets.UTF_8).length;
        int to = bytes.length - "»".getBytes(StandardCharsets.UTF_8).length;
        var row = new RowValues(stored, 1);
        row.startBatch();
        row.startRow(0);
        boolean accepted = FastCellValidator.validate(column, bytes, from, to, row, 0);
        if (!accepted) {
            return false;
        }
        assertThat(invalid).as("%s [%s]: accepted by the fast path only", column.name(), value).isNull();
        var viaText = new RowValues(stored, 1);
        for (int slot = 0; slot < stored.size(); slot++) {
            viaText.setStored(slot, expected[slot]);
        }
        assertThat(values(row, stored)).as("%s [%s]", column.name(), value).isEqualTo(values(viaText, stored));
        return true;
    }

    /** The stored columns one column becomes (as {@link Dataset#storedColumns()} makes them). */
    private static List<StoredColumn> storedColumnsOf(Column column) {
        var asKey = new Column(column.name(), column.kind(), true, column.allowedValues(), column.descriptionVi());
        var dataset = new Dataset("one", "một", "one", List.of("any"), List.of(asKey), List.of(column.name()));
        List<StoredColumn> all = dataset.storedColumns();
        return all.subList(0, all.size() - 1); // without source_line
    }

    private static List<String> values(RowValues row, List<StoredColumn> stored) {
        var values = new ArrayList<String>();
        for (int slot = 0; slot < stored.size(); slot++) {
            if (!row.isPresent(slot)) {
                values.add(null);
            } else if (stored.get(slot).sqlType().equals("VARCHAR")) {
                values.add(row.string(slot));
            } else {
                values.add(Long.toString(row.number(slot)));
            }
        }
        return values;
    }

    @Test
    void epoch_days_are_those_of_the_java_calendar() {
        for (LocalDate day = LocalDate.of(1, 1, 1); day.getYear() < 10_000; day = day.plusDays(1)) {
            assertThat(Dates.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()))
                    .as("%s", day).isEqualTo((int) day.toEpochDay());
        }
    }

    @Test
    void strict_utf8_agrees_with_the_jdk_decoder_on_random_bytes() {
        var random = new Random(7);
        var decoder = StandardCharsets.UTF_8.newDecoder();
        for (int n = 0; n < 300_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly the bytes around multi-byte boundaries
                bytes[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(256));
            }
            boolean jdk;
            try {
                decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes));
                jdk = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            assertThat(Utf8.isValid(bytes, 0, bytes.length)).as("%s", Arrays.toString(bytes)).isEqualTo(jdk);
        }
    }
}
