package vn.phoihop.registry.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.registry.AdministrativeUnits;
import vn.phoihop.registry.RegistryChanged;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** Provinces and communes, their validity and the merger of 01/07/2025. */
@Repository
class JdbcAdministrativeUnits implements AdministrativeUnits {

    private static final String SELECT = "SELECT id, code, level, name_vi, valid_from, valid_to, source FROM admin_unit";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcAdministrativeUnits(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Unit> provincesOn(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE level = 'province' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY code")
                .params(day, day).query(JdbcAdministrativeUnits::unit).list();
    }

    @Override
    public Optional<Unit> provinceSucceeding(String code, LocalDate then, LocalDate on) {
        Optional<Unit> unit = jdbc.sql(SELECT + " WHERE level = 'province' AND code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)")
                .params(code, then, then).query(JdbcAdministrativeUnits::unit).optional();
        for (int hops = 0; unit.isPresent() && hops < 10; hops++) {
            Unit current = unit.get();
            if (!current.validFrom().isAfter(on) && (current.validTo() == null || !current.validTo().isBefore(on))) {
                return unit;
            }
            unit = jdbc.sql(SELECT + " WHERE id = (SELECT successor_id FROM admin_unit_succession WHERE predecessor_id = ?"
                    + " AND effective_on <= ? ORDER BY effective_on DESC LIMIT 1)")
                    .params(current.id(), on).query(JdbcAdministrativeUnits::unit).optional();
        }
        return Optional.empty();
    }

    /** Every pre-merger province with the provinces it became (the test wants exactly one each). */
    Map<Unit, List<Unit>> formerProvincesAndSuccessors() {
        LocalDate before = LocalDate.of(2024, 12, 31);
        LocalDate after = LocalDate.of(2025, 7, 1);
        Map<Unit, List<Unit>> result = new LinkedHashMap<>();
        for (Unit former : provincesOn(before)) {
            result.put(former, provinceSucceeding(former.code(), before, after).map(List::of).orElse(List.of()));
        }
        return result;
    }

    List<Unit> communes(String provinceCode) {
        return jdbc.sql(SELECT + " c WHERE c.level = 'commune' AND c.parent_id = (SELECT id FROM admin_unit WHERE level = 'province' AND code = ? AND valid_to IS NULL) ORDER BY c.code")
                .param(provinceCode).query(JdbcAdministrativeUnits::unit).list();
    }

    /** The outcome of a commune import: rows added or updated, and rejected lines with reasons. */
    record ImportResult(int imported, List<String> rejected) {
    }

    /**
     * Imports communes from CSV {@code commune_code,name,province_code[,valid_from]} (header
     * required, UTF-8). Rows that fail are listed, the others imported; an existing commune code
     * gets its name updated.
     */
    @Transactional
    ImportResult importCommunes(Reader csv, String source) {
        List<String> rejected = new ArrayList<>();
        int imported = 0;
        try (BufferedReader reader = new BufferedReader(csv)) {
            if (!CommuneCsv.headerOk(reader.readLine())) {
                throw new PhoihopException(ErrorCode.REGISTRY_IMPORT_INVALID,
                        Map.of("header", "commune_code,name,province_code[,valid_from]"));
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                CommuneCsv.Parsed parsed = CommuneCsv.parse(line, number);
                if (parsed.rejection() != null) {
                    rejected.add(parsed.rejection());
                    continue;
                }
                CommuneCsv.Row row = parsed.row();
                Optional<Long> parent = jdbc.sql("SELECT id FROM admin_unit WHERE level = 'province' AND code = ? AND valid_to IS NULL")
                        .param(row.province()).query(Long.class).optional();
                if (parent.isEmpty()) {
                    rejected.add(number + ": unknown province code " + row.province());
                    continue;
                }
                jdbc.sql("""
                        INSERT INTO admin_unit (code, level, name_vi, parent_id, valid_from, source)
                        VALUES (?, 'commune', ?, ?, ?, ?)
                        ON CONFLICT (code, level, valid_from) DO UPDATE SET name_vi = EXCLUDED.name_vi,
                            parent_id = EXCLUDED.parent_id, source = EXCLUDED.source""")
                        .params(row.code(), row.name(), parent.get(), row.validFrom(), source).update();
                imported++;
            }
        } catch (IOException e) {
            throw new PhoihopException(ErrorCode.REGISTRY_IMPORT_INVALID, Map.of("reason", "unreadable"));
        }
        events.publishEvent(new RegistryChanged("registry.communes.import", "admin_unit", source,
                "imported=" + imported + " rejected=" + rejected.size()));
        return new ImportResult(imported, rejected);
    }

    private static Unit unit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("level"), rs.getString("name_vi"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("source"));
    }
}
