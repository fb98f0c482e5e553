package vn.phoihop.reporting;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.phoihop.exchange.DatasetVersions;

/**
 * The figures behind the reports, computed again in plain Java from the rows of the accepted
 * Parquet files, without the engine's SQL: what the tests compare the reports with.
 */
final class ProvinceFacts {

    /** Luật BHXH 41/2024 Điều 39.1: evasion after 60 days past the deadline and a written reminder. */
    static final int EVASION_DAYS = 60;

    record Arrears(String unitCode, String taxCode, long overdue, long evasion) {
    }

    private final DatasetVersions versions;
    private final String province;

    ProvinceFacts(DatasetVersions versions, String province) {
        this.versions = versions;
        this.province = province;
    }

    List<Object[]> rows(String dataset, String columns) throws SQLException {
        Path parquet = versions.latest(province, dataset).orElseThrow().parquet();
        List<Object[]> out = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + columns + " FROM read_parquet('"
                        + parquet.toAbsolutePath() + "')")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = rs.getObject(i + 1);
                    row[i] = v instanceof java.sql.Date d ? d.toLocalDate()
                            : v instanceof java.time.LocalDateTime t ? t.toLocalDate() : v;
                }
                out.add(row);
            }
        }
        return out;
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : LocalDate.parse(value.toString().substring(0, 10));
    }

    /** Each unit's arrears at a date: payments allocated to the oldest periods first (Điều 34.4, 38, 39). */
    Map<String, Arrears> arrears(LocalDate asOf) throws SQLException {
        Map<String, String> mode = new HashMap<>();
        Map<String, String> tax = new HashMap<>();
        for (Object[] r : rows("employers", "unit_code, payment_mode, tax_code")) {
            mode.put((String) r[0], (String) r[1]);
            tax.put((String) r[0], (String) r[2]);
        }
        Map<String, Long> paid = new HashMap<>();
        for (Object[] r : rows("contribution_payments", "unit_code, paid_on, amount")) {
            if (!date(r[1]).isAfter(asOf)) {
                paid.merge((String) r[0], ((Number) r[2]).longValue(), Long::sum);
            }
        }
        Map<String, LocalDate> reminder = new HashMap<>();
        for (Object[] r : rows("payment_reminders", "unit_code, sent_on")) {
            LocalDate sent = date(r[1]);
            if (!sent.isAfter(asOf)) {
                reminder.merge((String) r[0], sent, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, TreeMap<LocalDate, Long>> dues = new HashMap<>();
        for (Object[] r : rows("contribution_dues", "unit_code, period, amount_due")) {
            LocalDate period = date(r[1]);
            if (!period.isAfter(asOf.withDayOfMonth(1))) {
                dues.computeIfAbsent((String) r[0], u -> new TreeMap<>()).merge(period, ((Number) r[2]).longValue(),
                        Long::sum);
            }
        }
        Map<String, Arrears> out = new TreeMap<>();
        dues.forEach((unit, periods) -> {
            long left = paid.getOrDefault(unit, 0L);
            long overdue = 0;
            long evasion = 0;
            for (Map.Entry<LocalDate, Long> due : periods.entrySet()) {
                long covered = Math.min(due.getValue(), Math.max(0, left));
                left -= covered;
                long unpaid = due.getValue() - covered;
                LocalDate deadline = deadline(due.getKey(), mode.getOrDefault(unit, "monthly"));
                if (unpaid > 0 && deadline.isBefore(asOf)) {
                    overdue += unpaid;
                    LocalDate sent = reminder.get(unit);
                    if (ChronoUnit.DAYS.between(deadline, asOf) > EVASION_DAYS && sent != null && sent.isAfter(deadline)) {
                        evasion += unpaid;
                    }
                }
            }
            if (overdue > 0) {
                out.put(unit, new Arrears(unit, tax.get(unit), overdue, evasion));
            }
        });
        return out;
    }

    /** The latest payment date (Điều 34.4): end of the month after the month, quarter or half-year. */
    static LocalDate deadline(LocalDate period, String mode) {
        YearMonth month = YearMonth.from(period);
        YearMonth last = switch (mode) {
            case "quarterly" -> YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3);
            case "half_yearly" -> YearMonth.of(month.getYear(), month.getMonthValue() <= 6 ? 1 : 7).plusMonths(6);
            default -> month.plusMonths(1);
        };
        return last.atEndOfMonth();
    }

    /** People alive at a date in the population register. */
    long alive(LocalDate asOf) throws SQLException {
        return rows("population", "death_date").stream().filter(r -> r[0] == null || date(r[0]).isAfter(asOf)).count();
    }

    /** Insured persons, and those whose personal id and birth date are in the population register. */
    long[] verified() throws SQLException {
        Map<String, String> born = new HashMap<>();
        for (Object[] r : rows("population", "personal_id, birth_year, birth_month, birth_day")) {
            born.put((String) r[0], r[1] + "-" + r[2] + "-" + r[3]);
        }
        long insured = 0;
        long verified = 0;
        for (Object[] r : rows("insured_persons", "personal_id, birth_year, birth_month, birth_day")) {
            insured++;
            if (r[0] != null && (r[1] + "-" + r[2] + "-" + r[3]).equals(born.get((String) r[0]))) {
                verified++;
            }
        }
        return new long[] {insured, verified};
    }
}
