package vn.phoihop.engine.read;

import java.util.Locale;

/**
 * The stable catalogue of what can be wrong with a file, a row or a cell, with its message in
 * Vietnamese and English. Templates take {@link String#format} arguments.
 */
enum Problem {
    // The whole file
    EMPTY_FILE("Tệp rỗng, không có dòng tiêu đề; tệp không được đọc",
            "the file is empty, it has no header line; the file was not read"),
    UNREADABLE_FILE("Không đọc được tệp: %s; tệp không được đọc",
            "the file cannot be read: %s; the file was not read"),
    MISSING_REQUIRED_COLUMN("Thiếu cột bắt buộc %s; tệp không được đọc",
            "required column %s is missing; the file was not read"),
    DUPLICATE_COLUMN("Cột %s xuất hiện nhiều lần; tệp không được đọc",
            "column %s appears more than once; the file was not read"),
    AMBIGUOUS_FILES("Có nhiều tệp cho cùng bộ dữ liệu (%s); không tệp nào được đọc",
            "several files for the same dataset (%s); none was read"),
    UNKNOWN_COLUMNS("Các cột không xác định được bỏ qua: %s",
            "unknown columns ignored: %s"),

    // The row's structure
    FIELD_COUNT("Dòng có %d trường nhưng dòng tiêu đề có %d",
            "the row has %d fields but the header has %d"),
    MALFORMED_QUOTES("Dấu ngoặc kép sai quy cách (trong trường có ngoặc kép, dấu \" phải được viết đôi)",
            "malformed quotes (inside a quoted field a quote must be doubled)"),
    UNCLOSED_QUOTE("Trường có dấu ngoặc kép không được đóng trước khi hết tệp",
            "a quoted field is not closed before the end of the file"),
    DUPLICATE_KEY("Khoá trùng với dòng %d",
            "duplicate key: the same key is on line %d"),

    // One cell
    REQUIRED_VALUE_MISSING("Thiếu giá trị bắt buộc",
            "a required value is missing"),
    LOST_LEADING_ZERO("Có vẻ đã mất số 0 ở đầu, ví dụ do Excel; hãy định dạng cột là văn bản (Text)",
            "looks like a leading zero was lost, e.g. by Excel; format the column as text"),
    NOT_DIGITS("Phải gồm đúng %d chữ số",
            "must be exactly %d digits"),
    BAD_TAX_CODE("Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số + '-' + 3 chữ số (chi nhánh)",
            "must be 10 digits, or 10 digits + '-' + 3 digits for a branch"),
    BAD_UNIT_CODE("Phải gồm 1–20 ký tự: chữ cái, chữ số, '-', '_'",
            "must be 1–20 characters: letters, digits, '-', '_'"),
    BAD_GROUP_CODE("Mã nhóm phải gồm 2 chữ cái",
            "must be 2 letters"),
    BAD_CODE("Mã tối đa 255 ký tự, không chứa ký tự điều khiển",
            "must be at most 255 characters, without control characters"),
    BAD_TEXT("Văn bản không được chứa ký tự điều khiển",
            "text must not contain control characters"),
    BAD_DATE("Ngày không hợp lệ; dùng YYYY-MM-DD hoặc DD/MM/YYYY",
            "not a valid date; use YYYY-MM-DD or DD/MM/YYYY"),
    BAD_BIRTH_DATE("Ngày sinh không hợp lệ; dùng YYYY-MM-DD, DD/MM/YYYY, YYYY, YYYY-MM hoặc MM/YYYY",
            "not a valid birth date; use YYYY-MM-DD, DD/MM/YYYY, YYYY, YYYY-MM or MM/YYYY"),
    BAD_MONTH("Tháng không hợp lệ; dùng YYYY-MM hoặc MM/YYYY",
            "not a valid month; use YYYY-MM or MM/YYYY"),
    BAD_MONEY("Số tiền không hợp lệ: đồng, số nguyên không âm, có thể nhóm 3 chữ số bằng '.' hoặc ','",
            "not a valid amount: whole VND, non-negative, digits optionally grouped by '.' or ',' every three digits"),
    BAD_COUNT("Phải là số nguyên không âm",
            "must be a non-negative whole number"),
    BAD_YEAR("Năm phải gồm 4 chữ số",
            "must be a 4-digit year"),
    BAD_GENDER("Giới tính phải là Nam hoặc Nữ",
            "gender must be Nam or Nữ"),
    BAD_ENUMERATION("Giá trị phải là một trong: %s",
            "must be one of: %s"),
    BAD_SCHOOL_YEAR("Năm học phải có dạng YYYY-YYYY, năm sau bằng năm trước cộng 1",
            "school year must be YYYY-YYYY, the second year being the first plus one"),

    // Warnings on accepted rows
    PERSONAL_ID_GENDER("Chữ số thứ 4 của số định danh (%s) chỉ giới tính %s, nhưng cột gender là %s",
            "the 4th digit of personal_id (%s) is for gender %s, but the row says %s"),
    PERSONAL_ID_CENTURY("Chữ số thứ 4 của số định danh (%s) chỉ người sinh trong các năm %s, nhưng năm sinh là %d",
            "the 4th digit of personal_id (%s) means born in %s, but the birth year is %d"),
    PERSONAL_ID_BIRTH_YEAR("Chữ số thứ 5–6 của số định danh (%s) không khớp năm sinh %d",
            "digits 5–6 of personal_id (%s) do not match the birth year %d");

    private final String templateVi;
    private final String templateEn;

    Problem(String templateVi, String templateEn) {
        this.templateVi = templateVi;
        this.templateEn = templateEn;
    }

    String vi(Object... arguments) {
        return String.format(Locale.ROOT, templateVi, arguments);
    }

    String en(Object... arguments) {
        return String.format(Locale.ROOT, templateEn, arguments);
    }
}
