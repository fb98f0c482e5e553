package vn.phoihop.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.IndicatorSource;
import vn.phoihop.reporting.ReportingPeriod;

/**
 * Participants, coverage, arrears and evasion (with their trend) and the share of insured persons
 * verified against the population register, from the province's accepted data (Luật BHXH 41/2024
 * Điều 18.12, 35; QCPH 01/2022 Điều 6.2.d, 7.2.e; Quy chế Kon Tum Điều 24). It lives in reporting
 * because reporting already reads the exchange's accepted versions; the exchange cannot depend on
 * reporting without a cycle.
 */
@Component
class DataIndicators implements IndicatorSource {

    private final ProvinceData data;

    DataIndicators(ProvinceData data) {
        this.data = data;
    }

    @Override
    public List<Indicator> indicators(ReportingPeriod period, String provinceCode) {
        if (provinceCode == null || data.inputs(provinceCode).isEmpty()) {
            return List.of();
        }
        LocalDate end = period.to();
        List<Indicator> out = new ArrayList<>();
        ProvinceData.Coverage c = data.coverage(provinceCode, end);
        String dataBasis = "Dữ liệu được chấp nhận mới nhất của tỉnh, tính đến " + end;
        out.add(count("participants", "participants.units_active", "Đơn vị đang tham gia BHXH", "Participating units",
                c.activeUnits(), dataBasis));
        out.add(count("participants", "participants.employees", "Người lao động tham gia BHXH bắt buộc",
                "Employees insured", c.participants(), dataBasis));
        out.add(count("participants", "participants.population", "Dân số (Cơ sở dữ liệu quốc gia về dân cư)",
                "Population (population register)", c.population(), dataBasis));
        out.add(count("participants", "participants.health_card", "Người có thẻ BHYT còn giá trị",
                "People with a valid health card", c.withHealthCard(), dataBasis));
        out.add(new Indicator("participants", "participants.health_coverage_pct", "Tỷ lệ bao phủ BHYT (% dân số)",
                "Health insurance coverage (% of population)", percent(c.withHealthCard(), c.population()), "percent",
                "Người có thẻ còn giá trị / dân số còn sống; Quy chế Kon Tum Điều 24"));
        out.add(count("verification", "verification.insured", "Người tham gia trong cơ sở dữ liệu BHXH",
                "Insured persons in the social insurance database", c.insured(), dataBasis));
        out.add(count("verification", "verification.verified", "Đã xác thực với CSDL quốc gia về dân cư",
                "Verified against the population register", c.insuredVerified(),
                "Trùng số định danh và ngày sinh; QCPH 01/2022 Điều 6.2.d, 7.2.e"));
        out.add(new Indicator("verification", "verification.verified_pct", "Tỷ lệ đã xác thực (%)",
                "Share verified (%)", percent(c.insuredVerified(), c.insured()), "percent",
                "QCPH 01/2022 Điều 6.2.d, 7.2.e; Luật BHXH 41/2024 Điều 30.3"));

        List<LocalDate> monthEnds = monthEnds(period);
        List<ProvinceData.ArrearsTotals> trend = data.arrearsTrend(provinceCode, monthEnds);
        ProvinceData.ArrearsTotals last = trend.get(trend.size() - 1);
        String arrearsBasis = "Luật BHXH 41/2024 Điều 34.4, 38, 39; số nợ quá hạn tại " + end;
        out.add(count("arrears", "arrears.units", "Đơn vị chậm đóng, trốn đóng", "Units late or evading",
                last.units(), arrearsBasis));
        out.add(new Indicator("arrears", "arrears.overdue_vnd", "Số tiền chậm đóng, trốn đóng (đồng)",
                "Amount overdue (VND)", BigDecimal.valueOf(last.overdueVnd()), "vnd", arrearsBasis));
        out.add(count("arrears", "arrears.evading_units", "Đơn vị trốn đóng", "Units evading", last.evadingUnits(),
                "Luật BHXH 41/2024 Điều 39.1: quá hạn trên 60 ngày và đã được đôn đốc"));
        out.add(new Indicator("arrears", "arrears.evasion_vnd", "Số tiền trốn đóng (đồng)", "Amount evaded (VND)",
                BigDecimal.valueOf(last.evasionVnd()), "vnd", "Luật BHXH 41/2024 Điều 39.1"));
        long dues = data.duesBetween(provinceCode, LocalDate.of(end.getYear(), 1, 1), end);
        out.add(new Indicator("arrears", "arrears.rate_pct", "Tỷ lệ nợ trên số phải thu từ đầu năm (%)",
                "Overdue as a share of contributions due since 1 January (%)", percent(last.overdueVnd(), dues),
                "percent", "Số nợ tại cuối kỳ / số phải đóng các tháng từ 01/01 đến cuối kỳ"));
        for (ProvinceData.ArrearsTotals point : trend) {
            String month = point.asOf().toString().substring(0, 7);
            out.add(new Indicator("arrears", "arrears.trend." + month, "Nợ đóng tại " + point.asOf(),
                    "Overdue at " + point.asOf(), BigDecimal.valueOf(point.overdueVnd()), "vnd", "Xu hướng theo tháng"));
            out.add(new Indicator("arrears", "arrears.trend_evasion." + month, "Trốn đóng tại " + point.asOf(),
                    "Evaded at " + point.asOf(), BigDecimal.valueOf(point.evasionVnd()), "vnd", "Xu hướng theo tháng"));
        }
        return out;
    }

    /** The last day of each month of the period. */
    static List<LocalDate> monthEnds(ReportingPeriod period) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate month = period.from().withDayOfMonth(1); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            out.add(month.withDayOfMonth(month.lengthOfMonth()));
        }
        return out;
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static Indicator count(String section, String key, String vi, String en, long value, String basis) {
        return new Indicator(section, key, vi, en, BigDecimal.valueOf(value), "count", basis);
    }
}
