package vn.phoihop.shared.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.phoihop.shared.document.OfficialDocument.Figure;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;
import vn.phoihop.shared.document.OfficialDocument.Table;

/**
 * Writes an {@link OfficialDocument} as DOCX in the Decree 30/2020 layout: A4, margins 20–25 mm top
 * and bottom, 30–35 mm left, 15–20 mm right; Times New Roman (the decree's Unicode font); the
 * issuer and the national motto side by side; type and summary centred in bold; body 13–14 pt
 * justified; signature on the right and recipients on the left.
 */
public final class DocxWriter {

    static final String FONT = "Times New Roman";
    static final String MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final int TWIPS_PER_MM = 57;

    private DocxWriter() {
    }

    public static byte[] write(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageA4(docx);
            heading(docx, document);
            if (document.marking() != null && !document.marking().isBlank()) {
                XWPFParagraph mark = centred(docx);
                run(mark, document.marking(), 13, true, false);
            }
            XWPFParagraph type = centred(docx);
            type.setSpacingBefore(240);
            run(type, document.type(), 14, true, false);
            if (document.summary() != null && !document.summary().isBlank()) {
                run(centred(docx), document.summary(), 14, true, false);
            }
            for (Section section : document.body()) {
                section(docx, section);
            }
            closing(docx, document);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageA4(XWPFDocument docx) {
        CTSectPr sect = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static void heading(XWPFDocument docx, OfficialDocument document) {
        XWPFTable table = twoColumns(docx);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph issuer = cellParagraph(left);
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            run(issuer, document.parentBody(), 12, false, false);
            issuer.createRun().addBreak();
        }
        run(issuer, document.issuingBody(), 12, true, false);
        run(centredIn(left), "―――――", 10, false, false);
        run(centredIn(left), "Số: " + document.number(), 13, false, false);
        run(cellParagraph(right), MOTTO_COUNTRY, 12, true, false);
        run(centredIn(right), MOTTO, 13, true, false);
        run(centredIn(right), "――――――――――", 10, false, false);
        run(centredIn(right), document.dateLine(), 13, false, true);
    }

    private static void section(XWPFDocument docx, Section section) {
        if (section.heading() != null && !section.heading().isBlank()) {
            XWPFParagraph heading = docx.createParagraph();
            heading.setSpacingBefore(120);
            run(heading, section.heading(), 13, true, false);
        }
        for (OfficialDocument.Block block : section.blocks()) {
            if (block instanceof Paragraph p) {
                XWPFParagraph paragraph = docx.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                paragraph.setIndentationFirstLine(567);
                paragraph.setSpacingAfter(60);
                run(paragraph, p.text(), 13, false, false);
            } else if (block instanceof Table t) {
                table(docx, t);
            } else if (block instanceof Figure f) {
                figure(docx, f);
            }
        }
    }

    private static void table(XWPFDocument docx, Table t) {
        XWPFTable table = docx.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        for (int c = 0; c < t.header().size(); c++) {
            XWPFParagraph p = cellParagraph(table.getRow(0).getCell(c));
            run(p, t.header().get(c), 11, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < t.header().size(); c++) {
                XWPFParagraph p = table.getRow(r + 1).getCell(c).getParagraphs().get(0);
                p.setAlignment(t.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                run(p, c < row.size() ? row.get(c) : "", 11, false, false);
            }
        }
        docx.createParagraph();
    }

    private static void figure(XWPFDocument docx, Figure f) {
        XWPFParagraph picture = centred(docx);
        int widthPt = Math.min(450, f.widthPx() * 3 / 4);
        int heightPt = f.heightPx() * widthPt / Math.max(1, f.widthPx());
        try {
            picture.createRun().addPicture(new ByteArrayInputStream(f.png()), Document.PICTURE_TYPE_PNG,
                    "figure.png", Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalArgumentException("figure is not a PNG: " + f.caption(), e);
        }
        if (f.caption() != null && !f.caption().isBlank()) {
            run(centred(docx), f.caption(), 12, false, true);
        }
    }

    private static void closing(XWPFDocument docx, OfficialDocument document) {
        docx.createParagraph();
        XWPFTable table = twoColumns(docx);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph to = left.getParagraphs().get(0);
        run(to, "Nơi nhận:", 12, true, true);
        for (String recipient : document.recipients()) {
            XWPFParagraph line = left.addParagraph();
            run(line, "- " + recipient + ";", 11, false, false);
        }
        OfficialDocument.Signature signature = document.signature();
        XWPFParagraph sign = cellParagraph(right);
        if (signature.authority() != null && !signature.authority().isBlank()) {
            run(sign, signature.authority(), 13, true, false);
            sign.createRun().addBreak();
        }
        run(sign, signature.title(), 13, true, false);
        XWPFParagraph name = centredIn(right);
        name.setSpacingBefore(1200);
        run(name, signature.name() == null ? "" : signature.name(), 13, true, false);
    }

    private static XWPFTable twoColumns(XWPFDocument docx) {
        XWPFTable table = docx.createTable(1, 2);
        table.setWidth("100%");
        table.removeBorders();
        return table;
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph centredIn(XWPFTableCell cell) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph centred(XWPFDocument docx) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
