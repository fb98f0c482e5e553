package vn.phoihop.inspection.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;
import vn.phoihop.engine.read.DuckDbSettings;
import vn.phoihop.exchange.DatasetVersion;
import vn.phoihop.exchange.DatasetVersions;

/**
 * Who the employers are, from the latest accepted versions of {@code employers} (unit → tax code
 * and name) and {@code business_registry} (tax code → name): findings name a unit or a tax code,
 * an inspection targets the enterprise behind them.
 */
@Component
class EmployerDirectory {

    /** The employers of a province: unit → tax code and name; tax code → registered name. */
    record Directory(Map<String, Unit> units, Map<String, String> registryNames) {

        /** The enterprise (10-digit tax code) a unit or tax code belongs to; a branch "T-NNN" goes to T. */
        String enterpriseOf(String unitOrTaxCode) {
            Unit unit = units.get(unitOrTaxCode);
            String taxCode = unit != null ? unit.taxCode() : unitOrTaxCode;
            int dash = taxCode.indexOf('-');
            return dash > 0 ? taxCode.substring(0, dash) : taxCode;
        }

        String nameOf(String enterprise) {
            String registered = registryNames.get(enterprise);
            if (registered != null) {
                return registered;
            }
            return units.values().stream().filter(u -> enterpriseOf(u.unitCode()).equals(enterprise))
                    .map(Unit::name).findFirst().orElse(enterprise);
        }
    }

    record Unit(String unitCode, String taxCode, String name) {
    }

    private final DatasetVersions versions;
    private final PhoihopHome home;

    EmployerDirectory(DatasetVersions versions, PhoihopHome home) {
        this.versions = versions;
        this.home = home;
    }

    Directory of(String provinceCode) {
        Map<String, Unit> units = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Optional<DatasetVersion> employers = versions.latest(provinceCode, "employers");
        Optional<DatasetVersion> registry = versions.latest(provinceCode, "business_registry");
        if (employers.isEmpty() && registry.isEmpty()) {
            return new Directory(units, names);
        }
        try {
            Path spill = Files.createDirectories(home.resolve("work").resolve(".duckdb-spill"));
            try (Connection duck = DuckDbSettings.of(1, "256MB").connect(spill)) {
                if (employers.isPresent()) {
                    read(duck, "SELECT unit_code, tax_code, name FROM read_parquet(?)", employers.get().parquet(),
                            rs -> units.put(rs.getString(1), new Unit(rs.getString(1), rs.getString(2),
                                    rs.getString(3))));
                }
                if (registry.isPresent()) {
                    read(duck, "SELECT tax_code, name FROM read_parquet(?)", registry.get().parquet(),
                            rs -> names.put(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the employers of province " + provinceCode + ": " + e.getMessage(),
                    e);
        }
        return new Directory(units, names);
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void read(Connection duck, String sql, Path parquet, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = duck.prepareStatement(sql)) {
            statement.setString(1, parquet.toString());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }
}
