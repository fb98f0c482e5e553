package vn.phoihop.registry;

import java.util.Objects;

/**
 * A real body of the state (cơ quan): BHXH tỉnh, Công an tỉnh, Sở Nội vụ, ... and where it has
 * jurisdiction. Issue #4 adds effective dating and the roles it holds.
 */
public record Agency(long id, String code, String nameVi, String nameEn, Level level, String provinceCode,
        String jurisdictionVi, String jurisdictionEn) {

    /** Administrative level (cấp): central, province, district (history only since 07/2025), commune. */
    public enum Level {
        CENTRAL, PROVINCE, DISTRICT, COMMUNE;

        public String dbValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Level fromDb(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Agency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(level, "level");
    }
}
