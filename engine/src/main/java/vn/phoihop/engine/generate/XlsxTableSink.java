package vn.phoihop.engine.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX file, first sheet, streamed with POI's SXSSF (only a window of rows in memory).
 * Every text value, identifiers included, is a TEXT cell with the "@" format, as agencies
 * are told to do so that Excel keeps leading zeros; counts and years are numeric cells.
 */
final class XlsxTableSink extends TableSink {

    private static final int ROWS_IN_MEMORY = 200;

    private final Path file;
    private final LocalDate stamp;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Sheet sheet;
    private final CellStyle textStyle;
    private int nextRow;

    /** {@code stamp}: the date written as the workbook's creation time, so files are reproducible. */
    XlsxTableSink(Path directory, Dataset dataset, FileStyle style, long seed, LocalDate stamp) {
        super(dataset, style, seed);
        this.file = directory.resolve(fileName);
        this.stamp = stamp;
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(stamp.atStartOfDay().toInstant(ZoneOffset.UTC))));
        this.sheet = workbook.createSheet(dataset.code());
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < order.length; i++) {
            header.createCell(i).setCellValue(headerName(order[i]));
        }
    }

    @Override
    void writeCells(Object[] cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value instanceof Long number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (!((String) value).isEmpty()) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(textStyle);
                cell.setCellValue((String) value);
            }
        }
    }

    @Override
    public void close() throws IOException {
        Path raw = file.resolveSibling(fileName + ".tmp");
        try (OutputStream out = Files.newOutputStream(raw)) {
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        repackWithFixedTimes(raw, file);
        Files.delete(raw);
    }

    /** Zip entries carry the time they were written; rewrite them with the stamp date. */
    private void repackWithFixedTimes(Path source, Path target) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp.atStartOfDay());
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    copyStream(data, out, buffer);
                }
                out.closeEntry();
            }
        }
    }

    private static void copyStream(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
        }
    }
}
