package vn.phoihop.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.engine.rules.Datasets;
import vn.phoihop.engine.rules.RuleContext;
import vn.phoihop.engine.rules.RuleParameters;
import vn.phoihop.engine.rules.SharedDefinitions;
import vn.phoihop.exchange.DatasetVersion;
import vn.phoihop.exchange.DatasetVersions;

/**
 * The province's accepted data, read the way reconciliation reads it: the latest accepted version
 * of each dataset (the exchange's Parquet files) as DuckDB views. Arrears come from the engine's own
 * definitions ({@code unit_arrears}: Luật BHXH 41/2024 Điều 34.4, 38, 39), evaluated at any date, so
 * that the lists and reports never disagree with the findings.
 */
@Component
class ProvinceData {

    private final DatasetVersions versions;
    private final Path work;
    private final DuckDbSettings duckDb = DuckDbSettings.of(1, "512MB");

    ProvinceData(DatasetVersions versions, PhoihopHome home) {
        this.versions = versions;
        this.work = home.resolve("work").resolve("reporting");
    }

    /** A unit with overdue contributions at a date: late (chậm đóng) or, in part, evading (trốn đóng). */
    record UnitArrears(String unitCode, String taxCode, String name, String sector, long overdueVnd, long evasionVnd,
            int overduePeriods, LocalDate firstPeriod) {
        boolean evading() {
            return evasionVnd > 0;
        }
    }

    /** A participating unit (employers dataset). */
    record Unit(String unitCode, String taxCode, String name, String sector, String status, LocalDate registeredOn) {
    }

    /** A grassroots trade union (union_units dataset) and whether its enterprise participates. */
    record Union(String taxCode, LocalDate foundedOn, Long members, String unitName) {
    }

    /** A business of the business registry with its status and since when. */
    record Business(String taxCode, String name, LocalDate registeredOn, String status, LocalDate statusSince,
            String address) {
    }

    /** Totals of the arrears at a date. */
    record ArrearsTotals(LocalDate asOf, long units, long overdueVnd, long evadingUnits, long evasionVnd) {
    }

    /** Coverage at a date. */
    record Coverage(long population, long withHealthCard, long participants, long activeUnits, long insured,
            long insuredVerified) {
    }

    interface Work<T> {
        T run(Connection duck, Set<String> present) throws SQLException;
    }

    /** Which datasets the province has accepted versions of, and their versions ("dataset" → version). */
    Map<String, Integer> inputs(String provinceCode) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String dataset : Datasets.all().stream().sorted().toList()) {
            versions.latest(provinceCode, dataset).ifPresent(v -> out.put(dataset, v.version()));
        }
        return out;
    }

    <T> T read(String provinceCode, Work<T> work) {
        Path spill = this.work.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(spill);
            try (Connection duck = duckDb.connect(spill); Statement statement = duck.createStatement()) {
                Set<String> present = new HashSet<>();
                for (String dataset : Datasets.all()) {
                    var latest = versions.latest(provinceCode, dataset);
                    if (latest.isPresent()) {
                        DatasetVersion v = latest.get();
                        statement.execute("CREATE VIEW " + dataset + " AS SELECT * FROM read_parquet('"
                                + v.parquet().toAbsolutePath().toString().replace("'", "''") + "')");
                        present.add(dataset);
                    }
                }
                return work.run(duck, present);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the accepted data of province " + provinceCode + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spill);
        }
    }

    /** Units with overdue contributions at {@code asOf}, largest first. */
    List<UnitArrears> arrears(String provinceCode, LocalDate asOf) {
        return read(provinceCode, (duck, present) -> arrears(duck, present, asOf));
    }

    /** The arrears of each unit at its own reference date (the awards list: education units at the end of July). */
    Map<LocalDate, List<UnitArrears>> arrearsAt(String provinceCode, Set<LocalDate> dates) {
        return read(provinceCode, (duck, present) -> {
            Map<LocalDate, List<UnitArrears>> out = new LinkedHashMap<>();
            for (LocalDate date : dates) {
                out.put(date, arrears(duck, present, date));
            }
            return out;
        });
    }

    /** Totals of the arrears at each date (the trend), in the order given. */
    List<ArrearsTotals> arrearsTrend(String provinceCode, List<LocalDate> dates) {
        return read(provinceCode, (duck, present) -> {
            List<ArrearsTotals> out = new ArrayList<>();
            for (LocalDate date : dates) {
                List<UnitArrears> units = arrears(duck, present, date);
                out.add(new ArrearsTotals(date, units.size(), units.stream().mapToLong(UnitArrears::overdueVnd).sum(),
                        units.stream().filter(UnitArrears::evading).count(),
                        units.stream().mapToLong(UnitArrears::evasionVnd).sum()));
            }
            return out;
        });
    }

    private static List<UnitArrears> arrears(Connection duck, Set<String> present, LocalDate asOf) throws SQLException {
        if (!present.contains(Datasets.CONTRIBUTION_DUES) || !present.contains(Datasets.EMPLOYERS)) {
            return List.of();
        }
        SharedDefinitions.create(new RuleContext(duck, asOf, RuleParameters.defaults(), present));
        List<UnitArrears> out = new ArrayList<>();
        try (Statement statement = duck.createStatement(); ResultSet rs = statement.executeQuery("""
                SELECT a.unit_code, e.tax_code, e.name, e.sector, a.overdue_vnd, a.evasion_vnd, a.overdue_periods,
                       CAST(a.first_period AS DATE)
                FROM unit_arrears a JOIN employers e ON e.unit_code = a.unit_code
                WHERE a.overdue_vnd > 0
                ORDER BY a.overdue_vnd DESC, a.unit_code""")) {
            while (rs.next()) {
                out.add(new UnitArrears(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getInt(7), rs.getObject(8, LocalDate.class)));
            }
        }
        return out;
    }

    /** Every participating unit. */
    List<Unit> units(String provinceCode) {
        return read(provinceCode, (duck, present) -> {
            List<Unit> out = new ArrayList<>();
            if (!present.contains(Datasets.EMPLOYERS)) {
                return out;
            }
            try (Statement statement = duck.createStatement(); ResultSet rs = statement.executeQuery("""
                    SELECT unit_code, tax_code, name, sector, status, CAST(registered_on AS DATE) FROM employers
                    ORDER BY unit_code""")) {
                while (rs.next()) {
                    out.add(new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class)));
                }
            }
            return out;
        });
    }

    /** Trade unions founded between the dates (inclusive), with the name of their participating unit if any. */
    List<Union> unionsFounded(String provinceCode, LocalDate from, LocalDate to) {
        return read(provinceCode, (duck, present) -> {
            List<Union> out = new ArrayList<>();
            if (!present.contains(Datasets.UNION_UNITS)) {
                return out;
            }
            String employers = present.contains(Datasets.EMPLOYERS)
                    ? "(SELECT tax_code, min(name) AS name FROM employers GROUP BY tax_code)"
                    : "(SELECT NULL::VARCHAR AS tax_code, NULL::VARCHAR AS name WHERE false)";
            try (PreparedStatement statement = duck.prepareStatement("""
                    SELECT u.tax_code, CAST(u.union_founded_on AS DATE), u.members, e.name
                    FROM union_units u LEFT JOIN %s e ON e.tax_code = u.tax_code
                    WHERE u.union_founded_on BETWEEN ? AND ? ORDER BY u.union_founded_on, u.tax_code"""
                    .formatted(employers))) {
                statement.setObject(1, from);
                statement.setObject(2, to);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Object members = rs.getObject(3);
                        out.add(new Union(rs.getString(1), rs.getObject(2, LocalDate.class),
                                members == null ? null : ((Number) members).longValue(), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** Tax codes that have a grassroots trade union founded on or before the date. */
    Set<String> unionTaxCodes(String provinceCode, LocalDate asOf) {
        return read(provinceCode, (duck, present) -> {
            Set<String> out = new HashSet<>();
            if (!present.contains(Datasets.UNION_UNITS)) {
                return out;
            }
            try (PreparedStatement statement = duck.prepareStatement(
                    "SELECT tax_code FROM union_units WHERE union_founded_on <= ?")) {
                statement.setObject(1, asOf);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The business registry. */
    List<Business> businesses(String provinceCode) {
        return read(provinceCode, (duck, present) -> {
            List<Business> out = new ArrayList<>();
            if (!present.contains(Datasets.BUSINESS_REGISTRY)) {
                return out;
            }
            try (Statement statement = duck.createStatement(); ResultSet rs = statement.executeQuery("""
                    SELECT tax_code, name, CAST(registered_on AS DATE), status, CAST(status_since AS DATE), address
                    FROM business_registry ORDER BY tax_code""")) {
                while (rs.next()) {
                    out.add(new Business(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /**
     * Coverage at a date: people alive in the population register, those with a valid health card,
     * participants (employees with an open employment in that month), active units, insured persons
     * and those verified against the population register (same personal id and birth date, as precise as recorded).
     */
    Coverage coverage(String provinceCode, LocalDate asOf) {
        return read(provinceCode, (duck, present) -> {
            long population = present.contains(Datasets.POPULATION) ? single(duck,
                    "SELECT count(*) FROM population WHERE death_date IS NULL OR death_date > $1", asOf) : 0;
            long withCard = present.contains(Datasets.HEALTH_CARDS) && present.contains(Datasets.POPULATION)
                    ? single(duck, """
                            SELECT count(DISTINCT h.personal_id) FROM health_cards h
                            JOIN population p ON p.personal_id = h.personal_id
                            WHERE h.valid_from <= $1 AND (h.valid_to IS NULL OR h.valid_to >= $1)
                              AND (p.death_date IS NULL OR p.death_date > $1)""", asOf) : 0;
            long participants = present.contains(Datasets.EMPLOYMENT) ? single(duck, """
                    SELECT count(DISTINCT social_insurance_code) FROM employment
                    WHERE start_month <= date_trunc('month', $1)
                      AND (end_month IS NULL OR end_month >= date_trunc('month', $1))""", asOf) : 0;
            long activeUnits = present.contains(Datasets.EMPLOYERS) ? single(duck,
                    "SELECT count(*) FROM employers WHERE status = 'active' AND registered_on <= $1", asOf) : 0;
            long insured = present.contains(Datasets.INSURED_PERSONS)
                    ? single(duck, "SELECT count(*) FROM insured_persons WHERE $1 IS NOT NULL", asOf) : 0;
            long verified = present.contains(Datasets.INSURED_PERSONS) && present.contains(Datasets.POPULATION)
                    ? single(duck, """
                            SELECT count(*) FROM insured_persons i
                            JOIN (SELECT DISTINCT personal_id, birth_year, birth_month, birth_day FROM population) p
                              ON p.personal_id = i.personal_id AND p.birth_year = i.birth_year
                             AND p.birth_month IS NOT DISTINCT FROM i.birth_month
                             AND p.birth_day IS NOT DISTINCT FROM i.birth_day
                            WHERE $1 IS NOT NULL""", asOf) : 0;
            return new Coverage(population, withCard, participants, activeUnits, insured, verified);
        });
    }

    /** Contributions due for the months from {@code from} through {@code to}. */
    long duesBetween(String provinceCode, LocalDate from, LocalDate to) {
        return read(provinceCode, (duck, present) -> present.contains(Datasets.CONTRIBUTION_DUES)
                ? singleTwo(duck, "SELECT coalesce(sum(amount_due), 0) FROM contribution_dues WHERE period BETWEEN ? AND ?",
                        from.withDayOfMonth(1), to.withDayOfMonth(1))
                : 0L);
    }

    private static long single(Connection duck, String sql, LocalDate date) throws SQLException {
        try (PreparedStatement statement = duck.prepareStatement(sql)) {
            statement.setObject(1, date);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long singleTwo(Connection duck, String sql, LocalDate a, LocalDate b) throws SQLException {
        try (PreparedStatement statement = duck.prepareStatement(sql)) {
            statement.setObject(1, a);
            statement.setObject(2, b);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a spill directory left behind is harmless; the next start does not read it
        }
    }
}
