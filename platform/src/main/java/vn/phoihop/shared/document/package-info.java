/**
 * Official documents in the layout of Decree 30/2020/NĐ-CP (Phụ lục I): the national motto, the
 * issuing body, number and symbol, place and date, type and summary, body, signature block and
 * recipients. A module builds an {@link vn.phoihop.shared.document.OfficialDocument} and a writer
 * turns it into a file.
 */
@org.springframework.modulith.NamedInterface("document")
package vn.phoihop.shared.document;
