package vn.phoihop.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.phoihop.engine.catalog.Column;
import vn.phoihop.engine.catalog.ColumnKind;
import vn.phoihop.engine.catalog.Dataset;

/**
 * The Excel template of a dataset. The first sheet is what the reader reads: one header row
 * (the column names), each header with its Vietnamese description as a comment; identifier
 * columns formatted as text ('@') so Excel keeps leading zeros; drop-down lists for enumerations
 * and gender. A second sheet explains every column.
 */
final class ExcelTemplate {

    /** Rows prepared with formats and drop-downs (Excel's limit is 1 048 576). */
    static final int PREPARED_ROWS = 100_000;

    private ExcelTemplate() {
    }

    static void write(Dataset dataset, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(dataset.code());
            Sheet guide = workbook.createSheet("Hướng dẫn");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle boldText = workbook.createCellStyle();
            boldText.cloneStyleFrom(bold);
            boldText.setDataFormat(text.getDataFormat());
            Drawing<?> drawing = data.createDrawingPatriarch();
            DataValidationHelper validations = data.getDataValidationHelper();
            Row header = data.createRow(0);
            List<Column> columns = dataset.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                var cell = header.createCell(i);
                cell.setCellValue(column.name());
                cell.setCellStyle(column.kind().isIdentifier() ? boldText : bold);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(description(column)));
                cell.setCellComment(comment);
                data.setColumnWidth(i, Math.max(14, column.name().length() + 4) * 256);
                if (column.kind().isIdentifier()) {
                    data.setDefaultColumnStyle(i, text);
                }
                List<String> choices = choices(column);
                if (!choices.isEmpty()) {
                    DataValidation validation = validations.createValidation(
                            validations.createExplicitListConstraint(choices.toArray(String[]::new)),
                            new CellRangeAddressList(1, PREPARED_ROWS, i, i));
                    validation.setShowErrorBox(true);
                    validation.createErrorBox("Giá trị không hợp lệ", "Chọn một giá trị trong danh sách: "
                            + String.join(", ", choices));
                    data.addValidationData(validation);
                }
            }
            data.createFreezePane(0, 1);
            Row guideHeader = guide.createRow(0);
            String[] titles = {"Cột", "Bắt buộc", "Mô tả", "Giá trị cho phép"};
            for (int i = 0; i < titles.length; i++) {
                guideHeader.createCell(i).setCellValue(titles[i]);
                guideHeader.getCell(i).setCellStyle(bold);
            }
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Row row = guide.createRow(i + 1);
                row.createCell(0).setCellValue(column.name());
                row.createCell(1).setCellValue(column.required() ? "Có" : "Không");
                row.createCell(2).setCellValue(column.descriptionVi());
                row.createCell(3).setCellValue(String.join(", ", choices(column)));
            }
            guide.setColumnWidth(0, 24 * 256);
            guide.setColumnWidth(2, 90 * 256);
            guide.setColumnWidth(3, 40 * 256);
            Row title = guide.createRow(columns.size() + 2);
            title.createCell(0).setCellValue(dataset.titleVi() + " (" + dataset.code() + ")");
            Row keys = guide.createRow(columns.size() + 3);
            keys.createCell(0).setCellValue("Khoá (không được trùng): " + String.join(" + ", dataset.keyColumns()));
            workbook.write(out);
        }
    }

    private static String description(Column column) {
        return column.descriptionVi() + (column.required() ? " (bắt buộc)" : " (không bắt buộc)");
    }

    private static List<String> choices(Column column) {
        if (column.kind() == ColumnKind.ENUMERATION) {
            return column.allowedValues();
        }
        if (column.kind() == ColumnKind.GENDER) {
            return List.of("Nam", "Nữ");
        }
        return List.of();
    }
}
