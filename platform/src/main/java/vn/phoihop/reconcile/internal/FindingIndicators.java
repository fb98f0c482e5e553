package vn.phoihop.reconcile.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.IndicatorSource;
import vn.phoihop.reporting.ReportingPeriod;

/**
 * The reconciliation figures of a periodic report: runs in the period and the findings known at its
 * end, by rule and status, with the amounts at stake (Luật BHXH 41/2024 Điều 18.12, 35; Quy chế
 * Kon Tum Điều 24).
 */
@Component
class FindingIndicators implements IndicatorSource {

    private static final String BASIS = "Đối soát dữ liệu (finding, reconcile_run) đến hết kỳ";
    private final JdbcClient jdbc;

    FindingIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indicator> indicators(ReportingPeriod period, String provinceCode) {
        List<Indicator> out = new ArrayList<>();
        long runs = jdbc.sql("""
                SELECT count(*) FROM reconcile_run
                WHERE status = 'succeeded' AND as_of BETWEEN ? AND ? AND (CAST(? AS TEXT) IS NULL OR province_code = ?)""")
                .params(period.from(), period.to(), provinceCode, provinceCode)
                .query(Long.class).single();
        out.add(new Indicator("findings", "findings.runs", "Số lần đối soát dữ liệu trong kỳ", "Reconciliation runs in the period",
                BigDecimal.valueOf(runs), "count", BASIS));
        long total = 0;
        List<Object[]> rows = jdbc.sql("""
                SELECT f.rule, f.status, count(*), coalesce(sum(f.amount_vnd), 0)
                FROM finding f JOIN reconcile_run r ON r.id = f.first_run_id
                WHERE r.as_of <= ? AND (CAST(? AS TEXT) IS NULL OR f.province_code = ?)
                GROUP BY f.rule, f.status ORDER BY f.rule, f.status""")
                .params(period.to(), provinceCode, provinceCode)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)}).list();
        for (Object[] row : rows) {
            String rule = (String) row[0];
            String status = (String) row[1];
            long count = (Long) row[2];
            total += count;
            out.add(new Indicator("findings", "findings.by_rule." + rule + "." + status,
                    "Phát hiện " + rule + " — " + statusVi(status), "Findings " + rule + " — " + status.replace('_', ' '),
                    BigDecimal.valueOf(count), "count", BASIS));
        }
        out.add(new Indicator("findings", "findings.total", "Tổng số phát hiện qua đối soát", "Findings in total",
                BigDecimal.valueOf(total), "count", BASIS));
        return out;
    }

    static String statusVi(String status) {
        return switch (status) {
            case "open" -> "chờ xác minh";
            case "confirmed" -> "đã xác nhận";
            case "dismissed" -> "đã loại";
            case "resolved_by_data" -> "đã khắc phục theo dữ liệu";
            default -> status;
        };
    }
}
