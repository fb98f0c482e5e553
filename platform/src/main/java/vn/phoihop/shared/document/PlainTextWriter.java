package vn.phoihop.shared.document;

import java.util.List;
import vn.phoihop.shared.document.OfficialDocument.Figure;
import vn.phoihop.shared.document.OfficialDocument.Paragraph;
import vn.phoihop.shared.document.OfficialDocument.Section;
import vn.phoihop.shared.document.OfficialDocument.Table;

/**
 * The text of an {@link OfficialDocument} in reading order (issuer and motto, number and date,
 * type, summary, body, signature, recipients): for timelines, e-mails and search.
 */
public final class PlainTextWriter {

    private PlainTextWriter() {
    }

    public static String write(OfficialDocument document) {
        StringBuilder text = new StringBuilder();
        text.append(DocxWriter.MOTTO_COUNTRY).append('\n').append(DocxWriter.MOTTO).append("\n\n");
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            text.append(document.parentBody()).append('\n');
        }
        text.append(document.issuingBody()).append('\n');
        text.append("Số: ").append(document.number()).append('\n');
        text.append(document.dateLine()).append("\n\n");
        if (document.marking() != null && !document.marking().isBlank()) {
            text.append(document.marking()).append('\n');
        }
        text.append(document.type()).append('\n');
        if (document.summary() != null && !document.summary().isBlank()) {
            text.append(document.summary()).append('\n');
        }
        for (Section section : document.body()) {
            text.append('\n');
            if (section.heading() != null && !section.heading().isBlank()) {
                text.append(section.heading()).append('\n');
            }
            for (OfficialDocument.Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    text.append(p.text()).append('\n');
                } else if (block instanceof Table t) {
                    text.append(String.join(" | ", t.header())).append('\n');
                    for (List<String> row : t.rows()) {
                        text.append(String.join(" | ", row)).append('\n');
                    }
                } else if (block instanceof Figure f) {
                    text.append('[').append(f.caption()).append("]\n");
                }
            }
        }
        OfficialDocument.Signature signature = document.signature();
        text.append('\n');
        if (signature.authority() != null && !signature.authority().isBlank()) {
            text.append(signature.authority()).append('\n');
        }
        text.append(signature.title()).append('\n');
        if (signature.name() != null && !signature.name().isBlank()) {
            text.append(signature.name()).append('\n');
        }
        if (!document.recipients().isEmpty()) {
            text.append("\nNơi nhận:\n");
            document.recipients().forEach(r -> text.append("- ").append(r).append(";\n"));
        }
        return text.toString();
    }
}
