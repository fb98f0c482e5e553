package vn.phoihop.reporting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a report: where it goes, what it is, its value and how it was obtained.
 *
 * @param section   the report section it belongs to, e.g. "inspection", "cases"
 * @param key       a stable key within the section, e.g. "inspections.completed"
 * @param labelVi   the Vietnamese label shown in documents and dashboards
 * @param labelEn   the English label
 * @param value     the value
 * @param unit      the unit: "count", "vnd", "percent", "days"
 * @param basis     how it was computed or the regulation that asks for it, one line
 */
public record Indicator(String section, String key, String labelVi, String labelEn, BigDecimal value, String unit,
        String basis) {

    public Indicator {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
