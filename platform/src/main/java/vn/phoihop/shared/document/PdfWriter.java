package vn.phoihop.shared.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.phoihop.shared.document.OfficialDocument.Figure;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;
import vn.phoihop.shared.document.OfficialDocument.Table;

/**
 * Writes an {@link OfficialDocument} as PDF in the same Decree 30/2020 layout as {@link DocxWriter}:
 * A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; the issuer and the national motto side
 * by side; type and summary centred in bold; body 13 pt justified with a first-line indent;
 * recipients on the left and the signature on the right.
 *
 * <p>The font is Liberation Serif version 2 (metric-compatible with Times New Roman, SIL Open Font
 * License), embedded and subset in all four styles. It comes from the Maven Central artifact
 * {@code com.github.librepdf:openpdf-fonts-extra} (resources {@code liberation/*.ttf}); version 1
 * of the font lacks most Vietnamese precomposed letters (ộ, ự, ữ…), which a PDF viewer would then
 * silently drop.
 */
public final class PdfWriter {

    /** Classpath folder of the bundled fonts. */
    static final String FONT_FOLDER = "liberation/";
    private static final float PT_PER_MM = 72f / 25.4f;

    private static volatile Fonts fonts;

    private PdfWriter() {
    }

    public static byte[] write(OfficialDocument document) {
        Fonts f = fonts();
        Document pdf = new Document(PageSize.A4, 30 * PT_PER_MM, 15 * PT_PER_MM, 20 * PT_PER_MM, 20 * PT_PER_MM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_7);
            // a figure that does not fit stays where it is in the text (moves to the next page with it)
            writer.setStrictImageSequence(true);
            pdf.addTitle(document.type() + (document.summary() == null ? "" : " " + document.summary()));
            pdf.addAuthor(document.issuingBody());
            pdf.addCreator("PhoiHop");
            pdf.open();
            heading(pdf, document, f);
            if (document.marking() != null && !document.marking().isBlank()) {
                pdf.add(centred(document.marking(), f.bold(13), 0));
            }
            pdf.add(centred(document.type(), f.bold(14), 12));
            if (document.summary() != null && !document.summary().isBlank()) {
                pdf.add(centred(document.summary(), f.bold(14), 0));
            }
            for (Section section : document.body()) {
                section(pdf, section, f);
            }
            closing(pdf, document, f);
            pdf.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write PDF " + document.number() + ": " + e.getMessage(), e);
        }
    }

    private static void heading(Document pdf, OfficialDocument document, Fonts f) throws DocumentException {
        PdfPTable table = twoColumns(new float[] {45, 55});
        PdfPCell left = plainCell();
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            left.addElement(centred(document.parentBody(), f.regular(12), 0));
        }
        left.addElement(centred(document.issuingBody(), f.bold(12), 0));
        left.addElement(centred("―――――", f.regular(10), 0));
        left.addElement(centred("Số: " + document.number(), f.regular(13), 0));
        PdfPCell right = plainCell();
        right.addElement(centred(DocxWriter.MOTTO_COUNTRY, f.bold(12), 0));
        right.addElement(centred(DocxWriter.MOTTO, f.bold(13), 0));
        right.addElement(centred("――――――――――", f.regular(10), 0));
        right.addElement(centred(document.dateLine(), f.italic(13), 0));
        table.addCell(left);
        table.addCell(right);
        pdf.add(table);
    }

    private static void section(Document pdf, Section section, Fonts f) throws DocumentException {
        if (section.heading() != null && !section.heading().isBlank()) {
            com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(section.heading(), f.bold(13));
            heading.setSpacingBefore(6);
            pdf.add(heading);
        }
        for (OfficialDocument.Block block : section.blocks()) {
            if (block instanceof Paragraph p) {
                com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph(p.text(), f.regular(13));
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                paragraph.setFirstLineIndent(10 * PT_PER_MM);
                paragraph.setSpacingAfter(3);
                pdf.add(paragraph);
            } else if (block instanceof Table t) {
                table(pdf, t, f);
            } else if (block instanceof Figure fig) {
                figure(pdf, fig, f);
            }
        }
    }

    private static void table(Document pdf, Table t, Fonts f) throws DocumentException {
        // a text column is wider than a number column
        float[] widths = new float[t.header().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = t.numeric().get(c) ? 1f : 2.2f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : t.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, f.bold(11)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(3);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            for (int c = 0; c < t.header().size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(c < row.size() ? row.get(c) : "", f.regular(11)));
                cell.setHorizontalAlignment(t.numeric().get(c) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setPadding(3);
                table.addCell(cell);
            }
        }
        pdf.add(table);
    }

    private static void figure(Document pdf, Figure fig, Fonts f) throws DocumentException {
        Image image;
        try {
            image = Image.getInstance(fig.png());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("figure is not a PNG: " + fig.caption(), e);
        }
        float widthPt = Math.min(450, fig.widthPx() * 3f / 4f);
        float heightPt = fig.heightPx() * widthPt / Math.max(1, fig.widthPx());
        image.scaleAbsolute(widthPt, heightPt);
        image.setAlignment(Element.ALIGN_CENTER);
        pdf.add(image);
        if (fig.caption() != null && !fig.caption().isBlank()) {
            pdf.add(centred(fig.caption(), f.italic(12), 0));
        }
    }

    private static void closing(Document pdf, OfficialDocument document, Fonts f) throws DocumentException {
        PdfPTable table = twoColumns(new float[] {50, 50});
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = plainCell();
        com.lowagie.text.Paragraph to = new com.lowagie.text.Paragraph("Nơi nhận:", f.boldItalic(12));
        left.addElement(to);
        for (String recipient : document.recipients()) {
            left.addElement(new com.lowagie.text.Paragraph("- " + recipient + ";", f.regular(11)));
        }
        PdfPCell right = plainCell();
        OfficialDocument.Signature signature = document.signature();
        if (signature.authority() != null && !signature.authority().isBlank()) {
            right.addElement(centred(signature.authority(), f.bold(13), 0));
        }
        right.addElement(centred(signature.title(), f.bold(13), 0));
        right.addElement(centred(signature.name(), f.bold(13), 60));
        table.addCell(left);
        table.addCell(right);
        pdf.add(table);
    }

    private static PdfPTable twoColumns(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static com.lowagie.text.Paragraph centred(String text, Font font, float spacingBefore) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(new Chunk(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static Fonts fonts() {
        Fonts f = fonts;
        if (f == null) {
            synchronized (PdfWriter.class) {
                f = fonts;
                if (f == null) {
                    f = new Fonts(load("LiberationSerif-Regular.ttf"), load("LiberationSerif-Bold.ttf"),
                            load("LiberationSerif-Italic.ttf"), load("LiberationSerif-BoldItalic.ttf"));
                    fonts = f;
                }
            }
        }
        return f;
    }

    /** Loads a bundled font, embedded with Identity-H so every Unicode glyph used is kept. */
    static BaseFont load(String file) {
        String resource = FONT_FOLDER + file;
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath: the artifact "
                        + "com.github.librepdf:openpdf-fonts-extra (Liberation fonts v2) must be a dependency");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("font " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private record Fonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {
        Font regular(float size) {
            return new Font(regular, size);
        }

        Font bold(float size) {
            return new Font(bold, size);
        }

        Font italic(float size) {
            return new Font(italic, size);
        }

        Font boldItalic(float size) {
            return new Font(boldItalic, size);
        }
    }
}
