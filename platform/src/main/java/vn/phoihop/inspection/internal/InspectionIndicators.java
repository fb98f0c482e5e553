package vn.phoihop.inspection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.IndicatorSource;
import vn.phoihop.reporting.ReportingPeriod;

/**
 * The inspection figures of the periodic reports (section "inspection"): inspections by lead
 * agency, type and result, amounts to recover and recovered, recommendations done and overdue.
 * Counts only: no target names, no conclusion text, nothing unpublished.
 */
@Component
class InspectionIndicators implements IndicatorSource {

    static final String SECTION = "inspection";
    static final String BASIS = "QCPH 1619/2012 Điều 7.3, 18.2; Quy chế Kon Tum Điều 24";

    private final JdbcClient jdbc;
    private final InspectionService service;

    InspectionIndicators(JdbcClient jdbc, InspectionService service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    @Override
    public List<Indicator> indicators(ReportingPeriod period, String provinceCode) {
        List<Indicator> out = new ArrayList<>();
        Object[] scope = {period.from(), period.to(), provinceCode, provinceCode};
        String concludedIn = """
                FROM inspection i JOIN inspection_conclusion c ON c.inspection_id = i.id
                WHERE c.concluded_on BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR i.province_code = ?)""";
        long concluded = count("SELECT count(*) " + concludedIn, scope);
        out.add(count("inspections.concluded", "Số cuộc kiểm tra đã kết luận", "Inspections concluded", concluded,
                "kết luận có ngày trong kỳ; " + BASIS));
        groups("SELECT i.lead_agency AS k, count(*) AS n " + concludedIn + " GROUP BY i.lead_agency ORDER BY 1", scope)
                .forEach((k, n) -> out.add(count("inspections.concluded.by_agency." + k,
                        "Số cuộc kiểm tra đã kết luận do " + k + " chủ trì", "Inspections concluded led by " + k, n,
                        "theo cơ quan chủ trì; " + BASIS)));
        groups("SELECT i.type_code AS k, count(*) AS n " + concludedIn + " GROUP BY i.type_code ORDER BY 1", scope)
                .forEach((k, n) -> out.add(count("inspections.concluded.by_type." + k,
                        "Số cuộc kiểm tra đã kết luận, loại " + k, "Inspections concluded, type " + k, n,
                        "theo loại kiểm tra; " + BASIS)));
        for (String result : List.of("violation", "compliant")) {
            long n = count("SELECT count(*) " + concludedIn + " AND c.result = '" + result + "'", scope);
            out.add(count("inspections.concluded.by_result." + result, result.equals("violation")
                    ? "Số cuộc kiểm tra kết luận có vi phạm" : "Số cuộc kiểm tra kết luận không vi phạm",
                    result.equals("violation") ? "Inspections concluded with violations"
                            : "Inspections concluded without violation", n, "theo kết quả; " + BASIS));
        }
        out.add(count("inspections.planned", "Số cuộc kiểm tra theo kế hoạch trong kỳ", "Planned inspections in the period",
                count("""
                        SELECT count(*) FROM inspection i WHERE i.kind = 'planned'
                        AND make_date(i.year, i.planned_month, 1) BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR i.province_code = ?)""",
                        scope), "tháng dự kiến trong kỳ; QCPH 1619/2012 Điều 7.1, 18.1"));
        out.add(count("inspections.adhoc", "Số cuộc kiểm tra đột xuất", "Ad-hoc inspections", count("""
                SELECT count(*) FROM inspection i WHERE i.kind = 'adhoc'
                AND CAST(i.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) BETWEEN ? AND ?
                AND (CAST(? AS VARCHAR) IS NULL OR i.province_code = ?)""", scope), "mở trong kỳ; QCPH 1619/2012 Điều 7.2, 18.4"));
        out.add(new Indicator(SECTION, "amounts.to_recover", "Số tiền phải truy thu theo kết luận",
                "Amounts to recover under the conclusions", sum("""
                        SELECT coalesce(sum(v.amount_to_recover_vnd), 0) FROM inspection_violation v
                        JOIN inspection i ON i.id = v.inspection_id JOIN inspection_conclusion c ON c.inspection_id = i.id
                        WHERE c.concluded_on BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR i.province_code = ?)""", scope), "vnd",
                "kết luận trong kỳ; Luật BHXH 41/2024/QH15 Điều 40, 41"));
        out.add(new Indicator(SECTION, "amounts.recovered", "Số tiền đã thu hồi", "Amounts recovered", sum("""
                SELECT coalesce(sum(r.recovered_vnd), 0) FROM inspection_recommendation r
                JOIN inspection i ON i.id = r.inspection_id
                WHERE r.status = 'done' AND r.done_on BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR i.province_code = ?)""", scope),
                "vnd", "kiến nghị hoàn thành trong kỳ; " + BASIS));
        out.add(count("recommendations.done", "Số kiến nghị đã thực hiện", "Recommendations done", count("""
                SELECT count(*) FROM inspection_recommendation r JOIN inspection i ON i.id = r.inspection_id
                WHERE r.status = 'done' AND r.done_on BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR i.province_code = ?)""", scope),
                "hoàn thành trong kỳ; " + BASIS));
        java.time.LocalDate asOf = service.today().isBefore(period.to()) ? service.today() : period.to();
        out.add(count("recommendations.overdue", "Số kiến nghị quá hạn chưa thực hiện", "Recommendations overdue",
                count("""
                        SELECT count(*) FROM inspection_recommendation r JOIN inspection i ON i.id = r.inspection_id
                        WHERE r.due_on < ? AND (r.status = 'open' OR r.done_on > ?) AND r.due_on >= ?
                        AND (CAST(? AS VARCHAR) IS NULL OR i.province_code = ?)""",
                        new Object[] {asOf, asOf, period.from(), provinceCode, provinceCode}),
                "đến hạn trong kỳ, chưa thực hiện tại ngày " + asOf + "; " + BASIS));
        return out;
    }

    private Indicator count(String key, String vi, String en, long n, String basis) {
        return new Indicator(SECTION, key, vi, en, BigDecimal.valueOf(n), "count", basis);
    }

    private long count(String sql, Object[] params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private BigDecimal sum(String sql, Object[] params) {
        return jdbc.sql(sql).params(params).query(BigDecimal.class).single();
    }

    private Map<String, Long> groups(String sql, Object[] params) {
        Map<String, Long> groups = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            groups.put(rs.getString("k"), rs.getLong("n"));
        });
        return groups;
    }
}
