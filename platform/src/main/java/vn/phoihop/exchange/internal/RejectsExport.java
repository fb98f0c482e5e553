package vn.phoihop.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A submission's rejects for the sender: line, column, value and the message in Vietnamese and
 * English, as CSV (UTF-8 with BOM so that Excel reads the accents) or XLSX. Both stream: the
 * XLSX keeps 100 rows in memory. Every cell is text (an identifier keeps its leading zeros) and
 * values that Excel would take for a formula are neutralised (see {@link SpreadsheetText}).
 */
final class RejectsExport {

    static final String[] HEADER = {"line", "column", "value", "message_vi", "message_en"};
    private static final int MAX_XLSX_ROWS = 1_048_575;

    private RejectsExport() {
    }

    static void csv(Path rejects, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(String.join(",", HEADER) + "\r\n");
        try {
            IssueFile.forEach(rejects, issue -> {
                try {
                    writer.write(issue.line() + "," + field(issue.column()) + "," + field(issue.value()) + ","
                            + field(issue.messageVi()) + "," + field(issue.messageEn()) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static void xlsx(Path rejects, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("rejects");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int[] next = {1};
            IssueFile.forEach(rejects, issue -> {
                if (next[0] > MAX_XLSX_ROWS) {
                    return;
                }
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(issue.line());
                String[] values = {issue.column(), issue.value(), issue.messageVi(), issue.messageEn()};
                for (int i = 0; i < values.length; i++) {
                    var cell = row.createCell(i + 1);
                    cell.setCellStyle(text);
                    cell.setCellValue(SpreadsheetText.safe(values[i]));
                }
            });
            workbook.write(out);
        }
    }

    private static String field(String value) {
        String safe = SpreadsheetText.safe(value);
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
