package vn.phoihop.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets as XLSX: a title row, a bold header, identifiers as text, amounts with thousands
 * separators, percentages and dates with their formats, and the sheet's chart embedded (a native
 * Excel chart over the sheet's own cells). Text that a spreadsheet would run as a formula (= + - @
 * at the start, tab, carriage return) is prefixed with an apostrophe.
 */
final class XlsxWriter {

    private XlsxWriter() {
    }

    static byte[] write(List<Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                write(workbook, styles, sheet);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defuses text a spreadsheet would evaluate (CWE-1236). */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void write(XSSFWorkbook workbook, Styles styles, Sheet sheet) {
        XSSFSheet xs = workbook.createSheet(sheet.name());
        Row title = xs.createRow(0);
        Cell titleCell = title.createCell(0);
        titleCell.setCellValue(sheet.title());
        titleCell.setCellStyle(styles.title);
        Row header = xs.createRow(1);
        for (int c = 0; c < sheet.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(sheet.columns().get(c).headerVi());
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < sheet.rows().size(); r++) {
            Row row = xs.createRow(r + 2);
            List<Object> values = sheet.rows().get(r);
            for (int c = 0; c < sheet.columns().size(); c++) {
                Object value = c < values.size() ? values.get(c) : null;
                Cell cell = row.createCell(c);
                Sheet.Kind kind = sheet.columns().get(c).kind();
                if (value == null) {
                    cell.setBlank();
                    continue;
                }
                switch (kind) {
                    case COUNT, VND -> {
                        cell.setCellValue(((Number) value).doubleValue());
                        cell.setCellStyle(styles.whole);
                    }
                    case PERCENT -> {
                        cell.setCellValue(new BigDecimal(value.toString()).movePointLeft(2).doubleValue());
                        cell.setCellStyle(styles.percent);
                    }
                    case DATE -> {
                        cell.setCellValue((LocalDate) value);
                        cell.setCellStyle(styles.date);
                    }
                    default -> {
                        cell.setCellValue(safe(value.toString()));
                        cell.setCellStyle(styles.text);
                    }
                }
            }
        }
        for (int c = 0; c < sheet.columns().size(); c++) {
            Sheet.Kind kind = sheet.columns().get(c).kind();
            xs.setColumnWidth(c, (kind == Sheet.Kind.TEXT ? 40 : kind == Sheet.Kind.ID ? 18 : 16) * 256);
        }
        xs.createFreezePane(0, 2);
        if (sheet.chart() != null && !sheet.rows().isEmpty()) {
            chart(xs, sheet);
        }
    }

    private static void chart(XSSFSheet xs, Sheet sheet) {
        int first = 2;
        int last = sheet.rows().size() + 1;
        int col = sheet.columns().size() + 1;
        XSSFDrawing drawing = xs.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, 1, col + 10, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(sheet.chart().title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setNumberFormat("#,##0");
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(xs,
                new CellRangeAddress(first, last, 0, 0));
        XDDFChartData data = chart.createData(sheet.chart().line() ? ChartTypes.LINE : ChartTypes.BAR, categories,
                values);
        for (int column : sheet.chart().valueColumns()) {
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(xs,
                    new CellRangeAddress(first, last, column, column));
            data.addSeries(labels, numbers).setTitle(sheet.columns().get(column).headerVi(), null);
        }
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.BAR);
            bars.setVaryColors(false);
        }
        chart.plot(data);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle whole;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            text.setDataFormat(format.getFormat("@"));
            whole = bordered(workbook);
            whole.setDataFormat(format.getFormat("#,##0"));
            percent = bordered(workbook);
            percent.setDataFormat(format.getFormat("0.00%"));
            date = bordered(workbook);
            date.setDataFormat(format.getFormat("dd/mm/yyyy"));
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
