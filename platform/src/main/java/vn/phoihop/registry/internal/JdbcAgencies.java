package vn.phoihop.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;

@Repository
class JdbcAgencies implements Agencies {

    private static final String COLUMNS =
            "id, code, name_vi, name_en, level, province_code, jurisdiction_vi, jurisdiction_en";

    private final JdbcClient jdbc;
    private final Directory directory;

    JdbcAgencies(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public void setHistory(String code, java.time.LocalDate validFrom, java.time.LocalDate validTo, String parentCode,
            String successorCode) {
        directory.setHistory(code, validFrom, validTo, parentCode, successorCode);
    }

    @Override
    public Optional<Agency> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE id = ?").param(id).query(JdbcAgencies::map)
                .optional();
    }

    @Override
    public Optional<Agency> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE code = ?").param(code).query(JdbcAgencies::map)
                .optional();
    }

    @Override
    public Optional<Agency> parentOf(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE id = (SELECT parent_id FROM agency WHERE code = ?)")
                .param(code).query(JdbcAgencies::map).optional();
    }

    @Override
    public List<Agency> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency ORDER BY level, code").query(JdbcAgencies::map).list();
    }

    @Override
    @Transactional
    public Agency ensure(NewAgency agency) {
        jdbc.sql("""
                INSERT INTO agency (code, name_vi, name_en, level, province_code, jurisdiction_vi, jurisdiction_en)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
                .params(agency.code(), agency.nameVi(), agency.nameEn(), agency.level().dbValue(),
                        agency.provinceCode(), agency.jurisdictionVi(), agency.jurisdictionEn())
                .update();
        return byCode(agency.code()).orElseThrow();
    }

    private static Agency map(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                Agency.Level.fromDb(rs.getString("level")), rs.getString("province_code"),
                rs.getString("jurisdiction_vi"), rs.getString("jurisdiction_en"));
    }
}
