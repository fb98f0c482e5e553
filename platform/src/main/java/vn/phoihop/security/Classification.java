package vn.phoihop.security;

/**
 * Classification of a case or document and clearance of a person (độ mật): ordinary, secret,
 * top secret (Luật Bảo vệ bí mật nhà nước 29/2018/QH14 Điều 8; "tuyệt mật" is never put on this
 * platform). A person sees what is classified at or below their clearance.
 */
public enum Classification {
    /** thường: not classified. */
    THUONG,
    /** mật: secret. */
    MAT,
    /** tối mật: top secret. */
    TOI_MAT;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Classification fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean coveredBy(Classification clearance) {
        return clearance.ordinal() >= ordinal();
    }
}
