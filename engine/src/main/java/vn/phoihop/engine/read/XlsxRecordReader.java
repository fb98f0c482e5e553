package vn.phoihop.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows (POI's event API: XSSFReader and a
 * SAX handler over the sheet XML; the workbook is never loaded as a whole). Cells become text the
 * way a person sees them, so the same validation applies as for CSV:
 * numbers without exponent or trailing decimals ({@code 12345678901}, so a lost leading zero is
 * still detected); date-formatted numbers as {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY}
 * when the cell's format shows no day / no month; booleans as TRUE/FALSE. Row numbers are the
 * sheet's (the header row is usually 1).
 */
final class XlsxRecordReader {

    private static final Pattern DATE1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");

    /**
     * Zip-bomb protection (POI's ZipSecureFile, set here explicitly rather than trusting
     * defaults): a part that inflates more than 100 times its compressed size, a part larger than
     * 4 GB, or a text of more than 100 million characters is refused while reading, and the
     * file is rejected as unreadable instead of filling memory or disk.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 0xFFFFFFFFL;
    static final long MAX_TEXT_CHARACTERS = 100_000_000L;

    static {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
    }

    private final Path file;

    XlsxRecordReader(Path file) {
        this.file = file;
    }

    void read(RecordHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var sharedStrings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = usesDate1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(handler, sharedStrings, styles, date1904));
                parser.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // the handler refused the header
            }
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile") || message.contains("max text size")) {
                throw new IOException("zip bomb: a part of the workbook inflates beyond the limits (ratio 1:"
                        + Math.round(1 / MIN_INFLATE_RATIO) + ", " + MAX_ENTRY_BYTES + " bytes, " + MAX_TEXT_CHARACTERS
                        + " characters) / tệp nén bất thường, bị từ chối", e);
            }
            throw e;
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // POI answers some malformed packages with unchecked exceptions (found by fuzzing):
            // whatever the workbook's defect, the file is refused, never the importer crashed
            if (e instanceof java.io.UncheckedIOException) {
                throw e;
            }
            throw new IOException("not a readable XLSX workbook: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream workbook = reader.getWorkbookData()) {
            // workbookPr sits near the top of workbook.xml
            String head = new String(workbook.readNBytes(1 << 16), StandardCharsets.UTF_8);
            return DATE1904.matcher(head).find();
        }
    }

    private static final class StopReading extends SAXException {
        StopReading() {
            super("header refused");
        }
    }

    /** How a numeric cell of one style is shown. */
    private enum NumberRendering { NUMBER, DATE, YEAR_MONTH, YEAR }

    private static final class SheetHandler extends DefaultHandler {
        private final RecordHandler handler;
        private final ReadOnlySharedStringsTable sharedStrings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, NumberRendering> renderingByStyle = new HashMap<>();

        private String[] cells = new String[16];
        private int count;
        private long rowNumber;
        private boolean headerSeen;

        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private final StringBuilder text = new StringBuilder();

        SheetHandler(RecordHandler handler, ReadOnlySharedStringsTable sharedStrings, StylesTable styles,
                     boolean date1904) {
            this.handler = handler;
            this.sharedStrings = sharedStrings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    Arrays.fill(cells, 0, count, null);
                    count = 0;
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnIndex(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> text.setLength(0);
                case "t" -> inInlineText = "inlineStr".equals(type);
                case "rPh" -> inPhonetic = true;
                default -> {
                    // other elements (formulas, sheet properties) carry nothing we read
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || (inInlineText && !inPhonetic)) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    String value = cellValue();
                    if (value != null && !value.isEmpty()) {
                        if (column >= cells.length) {
                            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                        }
                        cells[column] = value;
                        count = Math.max(count, column + 1);
                    }
                }
                case "row" -> endRow();
                default -> {
                    // nothing to do
                }
            }
        }

        private void endRow() throws SAXException {
            if (!headerSeen) {
                if (count == 0) {
                    return; // formatting-only rows above the header
                }
                headerSeen = true;
                Fields fields = handler.nextFields();
                fields.set(cells, count);
                if (!handler.header(rowNumber, fields)) {
                    throw new StopReading();
                }
                return;
            }
            Fields fields = handler.nextFields();
            fields.set(cells, count);
            handler.record(rowNumber, fields);
        }

        private String cellValue() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? null : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? null : sharedStrings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw; // ISO 8601 date cell
                default -> raw; // inlineStr, str (formula text), e (error text)
            };
        }

        private String number(String raw) {
            NumberRendering rendering = renderingByStyle.computeIfAbsent(style, this::renderingOf);
            double value;
            if (rendering != NumberRendering.NUMBER && DateUtil.isValidExcelDate(value = Double.parseDouble(raw))) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
                String iso = dateTime.toLocalDate().toString();
                return switch (rendering) {
                    case YEAR -> iso.substring(0, 4);
                    case YEAR_MONTH -> iso.substring(0, 7);
                    default -> iso;
                };
            }
            if (isPlainDigits(raw)) {
                return raw;
            }
            try {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private NumberRendering renderingOf(int styleIndex) {
            if (styles == null || styleIndex >= styles.getNumCellStyles()) {
                return NumberRendering.NUMBER;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
            String format = cellStyle.getDataFormatString();
            if (format == null || !DateUtil.isADateFormat(cellStyle.getDataFormat(), format)) {
                return NumberRendering.NUMBER;
            }
            // Only the date part of the format matters: drop literals, colours, locales.
            String shown = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "");
            boolean day = shown.indexOf('d') >= 0;
            boolean month = shown.indexOf('m') >= 0;
            boolean year = shown.indexOf('y') >= 0;
            if (day || !year) {
                return NumberRendering.DATE;
            }
            return month ? NumberRendering.YEAR_MONTH : NumberRendering.YEAR;
        }

        private static boolean isPlainDigits(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        private static int columnIndex(String reference) {
            int index = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                index = index * 26 + (c - 'A' + 1);
            }
            return index - 1;
        }

        private static String name(String localName, String qName) {
            return localName == null || localName.isEmpty() ? qName : localName;
        }
    }
}
