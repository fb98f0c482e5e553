package vn.phoihop.reporting;

import java.util.List;

/**
 * A module that contributes figures to the periodic reports and dashboards. Reporting collects
 * every bean of this type; a module implements it over its own data so that reporting never reads
 * another module's tables.
 */
public interface IndicatorSource {

    /** The figures of this source for the province (a province code, or null for all) in the period. */
    List<Indicator> indicators(ReportingPeriod period, String provinceCode);
}
