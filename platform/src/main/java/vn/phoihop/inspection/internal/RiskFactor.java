package vn.phoihop.inspection.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One factor of the risk score, as data (table {@code inspection_risk_factor}): its points per unit
 * of quantity, the cap, and the legal basis that makes it a reason to inspect.
 */
record RiskFactor(String code, String labelVi, String labelEn, BigDecimal pointsPerUnit, String unit,
        BigDecimal maxPoints, String legalBasis, String descriptionVi, String descriptionEn) {

    static final BigDecimal TEN_MILLION = BigDecimal.valueOf(10_000_000);

    RiskFactor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointsPerUnit, "pointsPerUnit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** The quantity the points are counted on: 1 for a flat factor, tens of millions for an amount. */
    BigDecimal quantity(BigDecimal raw) {
        return switch (unit) {
            case "flat" -> BigDecimal.ONE;
            case "10m_vnd" -> raw.divide(TEN_MILLION, 2, RoundingMode.DOWN);
            default -> raw;
        };
    }

    /** Points for a raw number (months, đồng, employees, count): per-unit points × quantity, capped. */
    BigDecimal points(BigDecimal raw) {
        BigDecimal points = pointsPerUnit.multiply(quantity(raw));
        if (maxPoints != null && points.compareTo(maxPoints) > 0) {
            points = maxPoints;
        }
        return points.setScale(1, RoundingMode.HALF_UP);
    }
}
