package vn.phoihop.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.phoihop.reporting.Indicator;
import vn.phoihop.reporting.IndicatorSource;
import vn.phoihop.reporting.ReportingPeriod;

/**
 * The casework figures of a periodic report: cases opened in the period by type, the pipeline at
 * its end, referrals to the police and their outcomes (QCPH 01/2022 Điều 6.5), complaints and
 * denunciations and how long their resolution took (QCPH 1619 Điều 8, 18; Quy chế Kon Tum Điều 23).
 */
@Component
class CaseIndicators implements IndicatorSource {

    /** Periods are calendar days in Viet Nam. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;

    CaseIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indicator> indicators(ReportingPeriod period, String provinceCode) {
        Timestamp from = Timestamp.from(period.from().atStartOfDay(ZONE).toInstant());
        Timestamp to = Timestamp.from(period.to().plusDays(1).atStartOfDay(ZONE).toInstant());
        List<Indicator> out = new ArrayList<>();
        String basis = "Hồ sơ vụ việc (case_file, case_event) mở trong kỳ";
        jdbc.sql("""
                SELECT case_type, count(*) FROM case_file
                WHERE opened_at >= ? AND opened_at < ? AND (CAST(? AS TEXT) IS NULL OR province_code = ?)
                GROUP BY case_type ORDER BY case_type""")
                .params(from, to, provinceCode, provinceCode)
                .query((rs, n) -> new Indicator("cases", "cases.opened." + rs.getString(1),
                        "Hồ sơ mở trong kỳ — " + typeVi(rs.getString(1)), "Cases opened — " + rs.getString(1),
                        BigDecimal.valueOf(rs.getLong(2)), "count", basis))
                .list().forEach(out::add);
        // The pipeline: each case's state at the end of the period (its last state change before then).
        jdbc.sql("""
                SELECT state, count(*) FROM (
                    SELECT c.id, (SELECT e.to_state FROM case_event e WHERE e.case_id = c.id AND e.to_state IS NOT NULL
                                   AND e.at < ? ORDER BY e.at DESC, e.id DESC LIMIT 1) AS state
                    FROM case_file c WHERE c.opened_at < ? AND (CAST(? AS TEXT) IS NULL OR c.province_code = ?)) s
                WHERE state IS NOT NULL GROUP BY state ORDER BY state""")
                .params(to, to, provinceCode, provinceCode)
                .query((rs, n) -> new Indicator("cases", "cases.state." + rs.getString(1),
                        "Hồ sơ ở trạng thái " + stateVi(rs.getString(1)) + " cuối kỳ", "Cases " + rs.getString(1)
                                + " at the end of the period",
                        BigDecimal.valueOf(rs.getLong(2)), "count", "Trạng thái cuối cùng trước ngày cuối kỳ"))
                .list().forEach(out::add);
        for (String[] action : new String[][] {{"refer", "Hồ sơ chuyển cơ quan công an", "Referred to the police"},
                {"police_accept", "Công an tiếp nhận", "Accepted by the police"},
                {"police_result", "Công an đã có kết quả", "Police results reported"}}) {
            long count = jdbc.sql("""
                    SELECT count(*) FROM case_event e JOIN case_file c ON c.id = e.case_id
                    WHERE e.kind = ? AND e.at >= ? AND e.at < ? AND (CAST(? AS TEXT) IS NULL OR c.province_code = ?)""")
                    .params(action[0], from, to, provinceCode, provinceCode).query(Long.class).single();
            out.add(new Indicator("cases", "referrals." + action[0], action[1], action[2], BigDecimal.valueOf(count),
                    "count", "QCPH 01/2022 Điều 6.5; Quy chế Kon Tum Điều 17.2"));
        }
        String complaintBasis = "Luật Khiếu nại 02/2011 Điều 28; Luật Tố cáo 25/2018 Điều 30; QCPH 1619 Điều 8, 18";
        long received = jdbc.sql("""
                SELECT count(*) FROM case_file WHERE case_type IN ('complaint', 'denunciation')
                  AND opened_at >= ? AND opened_at < ? AND (CAST(? AS TEXT) IS NULL OR province_code = ?)""")
                .params(from, to, provinceCode, provinceCode).query(Long.class).single();
        out.add(new Indicator("complaints", "complaints.received", "Khiếu nại, tố cáo tiếp nhận trong kỳ",
                "Complaints and denunciations received", BigDecimal.valueOf(received), "count", complaintBasis));
        // Resolved: the first closing action in the period; duration from opening, in days.
        List<Long> days = jdbc.sql("""
                SELECT EXTRACT(EPOCH FROM (min(e.at) - c.opened_at)) / 86400
                FROM case_file c JOIN case_event e ON e.case_id = c.id
                WHERE c.case_type IN ('complaint', 'denunciation') AND e.kind IN ('resolve', 'reject', 'withdraw')
                  AND (CAST(? AS TEXT) IS NULL OR c.province_code = ?)
                GROUP BY c.id, c.opened_at HAVING min(e.at) >= ? AND min(e.at) < ?""")
                .params(provinceCode, provinceCode, from, to)
                .query((rs, n) -> (long) Math.ceil(rs.getDouble(1))).list();
        out.add(new Indicator("complaints", "complaints.resolved", "Khiếu nại, tố cáo đã giải quyết trong kỳ",
                "Complaints and denunciations resolved", BigDecimal.valueOf(days.size()), "count", complaintBasis));
        BigDecimal average = days.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(days.stream().mapToLong(Long::longValue).sum())
                        .divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
        out.add(new Indicator("complaints", "complaints.resolution_days", "Thời gian giải quyết bình quân (ngày)",
                "Average resolution time (days)", average, "days", complaintBasis));
        return out;
    }

    static String typeVi(String type) {
        return switch (type) {
            case "arrears" -> "chậm đóng";
            case "evasion" -> "trốn đóng";
            case "fraud" -> "gian lận, trục lợi";
            case "duplicate_coverage" -> "trùng thẻ";
            case "coverage_gap" -> "chưa có thẻ";
            case "data_correction" -> "điều chỉnh dữ liệu";
            case "complaint" -> "khiếu nại";
            case "denunciation" -> "tố cáo";
            case "crime_report" -> "tin báo tội phạm";
            default -> type;
        };
    }

    static String stateVi(String state) {
        return switch (state) {
            case "received" -> "tiếp nhận";
            case "in_progress" -> "đang xử lý";
            case "notified" -> "đã thông báo";
            case "contested" -> "bị khiếu nại";
            case "referred" -> "đã chuyển công an";
            case "investigating" -> "công an đang xác minh";
            case "resolved" -> "đã giải quyết";
            case "closed" -> "đã đóng";
            default -> state;
        };
    }
}
