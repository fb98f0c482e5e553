package vn.phoihop.shared.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document in the layout of Decree 30/2020/NĐ-CP, Phụ lục I: what the writers
 * need, nothing about how it is drawn.
 *
 * @param parentBody   the governing body above the issuer (cơ quan chủ quản), or null
 * @param issuingBody  the issuing body (cơ quan ban hành), e.g. "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI"
 * @param number       number and symbol, e.g. "12/BC-BHXH" (written after "Số: ")
 * @param place        the place name of the date line, e.g. "Quảng Ngãi"
 * @param date         the date of issue
 * @param type         the document type in capitals, e.g. "BÁO CÁO", "BIÊN BẢN", "KẾT LUẬN"
 * @param summary      the summary (trích yếu), e.g. "Kết quả phối hợp 6 tháng đầu năm 2026"
 * @param marking      a classification or handling mark printed above the type ("MẬT",
 *                     "KHÔNG CÔNG BỐ"), or null
 * @param body         the sections of the body, in order
 * @param signature    the signature block
 * @param recipients   the recipients (nơi nhận), each one line, e.g. "UBND tỉnh"
 */
public record OfficialDocument(String parentBody, String issuingBody, String number, String place, LocalDate date,
        String type, String summary, String marking, List<Section> body, Signature signature,
        List<String> recipients) {

    public OfficialDocument {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(signature, "signature");
    }

    /** The date line: "Quảng Ngãi, ngày 05 tháng 02 năm 2026" (days below 10 and months 1–2 take a 0). */
    public String dateLine() {
        int month = date.getMonthValue();
        return place + ", ngày " + String.format(java.util.Locale.ROOT, "%02d", date.getDayOfMonth()) + " tháng "
                + (month <= 2 ? "0" + month : String.valueOf(month)) + " năm " + date.getYear();
    }

    /** A numbered or plain section of the body: an optional heading and its blocks. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A piece of the body. */
    public sealed interface Block permits Paragraph, Table, Figure {
    }

    /** A justified paragraph with a first-line indent. */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A table: a header row and body rows of text; {@code numeric[i]} right-aligns column i.
     */
    public record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
            if (numeric.size() != header.size()) {
                throw new IllegalArgumentException("numeric has " + numeric.size() + " flags for " + header.size()
                        + " columns");
            }
        }
    }

    /** A picture (PNG bytes), e.g. a chart, with its caption. */
    public record Figure(byte[] png, int widthPx, int heightPx, String caption) implements Block {
    }

    /**
     * The signature block: the authority line ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", or null), the
     * signer's title ("GIÁM ĐỐC") and name.
     */
    public record Signature(String authority, String title, String name) {
        /** A blank name leaves the line to be signed by hand; the title is required. */
        public Signature {
            Objects.requireNonNull(title, "title");
            name = name == null ? "" : name;
        }
    }
}
