package vn.phoihop.engine.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Reads generated CSV files back for the tests (independently of the engine's reader). */
final class GeneratedFiles {

    record Row(long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }
    }

    private GeneratedFiles() {
    }

    static List<Row> read(Path dir, Dataset dataset) throws IOException {
        Path file = dir.resolve(dataset.code() + ".csv");
        if (!Files.exists(file)) {
            return readXlsx(dir.resolve(dataset.code() + ".xlsx"));
        }
        String firstLine = Files.newBufferedReader(file, StandardCharsets.UTF_8).readLine();
        char delimiter = firstLine.contains("\t") ? '\t' : firstLine.contains(";") ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).detectBomHeader(true)
                .ofCsvRecord(file)) {
            List<String> header = null;
            for (CsvRecord r : reader) {
                if (header == null) {
                    header = r.getFields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), r.getField(i));
                }
                rows.add(new Row(r.getStartingLineNumber(), values));
            }
        }
        return rows;
    }

    private static List<Row> readXlsx(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            for (Cell c : sheet.getRow(0)) {
                header.add(c.getStringCellValue().trim().toLowerCase(Locale.ROOT));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    Cell c = row.getCell(i);
                    values.put(header.get(i), c == null ? "" : formatter.formatCellValue(c));
                }
                rows.add(new Row(r + 1L, values));
            }
        }
        return rows;
    }

    static long money(String text) {
        return Long.parseLong(text.replace(".", "").replace(",", ""));
    }

    static YearMonth month(String text) {
        if (text.contains("/")) {
            return YearMonth.of(Integer.parseInt(text.substring(3)), Integer.parseInt(text.substring(0, 2)));
        }
        return YearMonth.parse(text);
    }

    /** Lines of a dataset listed in expected_rejects.csv. */
    static Set<Long> rejectedLines(Path dir, Dataset dataset) throws IOException {
        Set<Long> lines = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve(Generator.EXPECTED_REJECTS_FILE)).subList(1,
                Files.readAllLines(dir.resolve(Generator.EXPECTED_REJECTS_FILE)).size())) {
            String[] f = line.split(",");
            if (f[0].equals(dataset.code())) {
                lines.add(Long.parseLong(f[2]));
            }
        }
        return lines;
    }

    static List<String[]> expectedFindings(Path dir) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(Generator.EXPECTED_FINDINGS_FILE));
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split(",", -1));
        }
        return out;
    }

    static Set<String> subjectsOf(Path dir, String rule) throws IOException {
        Set<String> subjects = new HashSet<>();
        for (String[] f : expectedFindings(dir)) {
            if (f[0].equals(rule)) {
                subjects.add(f[1]);
            }
        }
        return subjects;
    }

    static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.contains("/")) {
            String[] p = text.split("/");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        return LocalDate.parse(text);
    }

    /** A birth date as (year, month or null, day or null). */
    static PartialDate birth(String text) {
        if (text.matches("\\d{4}")) {
            return PartialDate.yearOnly(Integer.parseInt(text));
        }
        if (text.matches("\\d{2}/\\d{4}")) {
            return PartialDate.yearMonth(Integer.parseInt(text.substring(3)), Integer.parseInt(text.substring(0, 2)));
        }
        if (text.matches("\\d{4}-\\d{2}")) {
            return PartialDate.yearMonth(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)));
        }
        return PartialDate.of(date(text));
    }

    static Gender gender(String text) {
        String g = text.trim().toLowerCase(Locale.ROOT);
        return switch (g) {
            case "nam" -> Gender.MALE;
            case "nữ", "nu" -> Gender.FEMALE;
            default -> throw new IllegalArgumentException("gender " + text);
        };
    }

    static boolean validOn(Row card, LocalDate day) {
        LocalDate from = date(card.get("valid_from"));
        LocalDate to = date(card.get("valid_to"));
        return !from.isAfter(day) && (to == null || !day.isAfter(to));
    }
}
