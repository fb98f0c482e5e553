package vn.phoihop.reconcile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.phoihop.reconcile.Findings;

@Repository
class JdbcFindings implements Findings {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcFindings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Finding> byId(long id) {
        return jdbc.sql("SELECT * FROM finding WHERE id = ?").param(id).query(JdbcFindings::finding).optional();
    }

    @Override
    public Page search(String provinceCode, Collection<String> rules, String rule, Status status, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        scope(where, params, provinceCode, rules);
        if (rule != null && !rule.isBlank()) {
            where.append(" AND rule = ?");
            params.add(rule);
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.dbValue());
        }
        long total = jdbc.sql("SELECT count(*) FROM finding" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Finding> items = jdbc.sql("SELECT * FROM finding" + where
                        + " ORDER BY amount_vnd DESC NULLS LAST, id LIMIT ? OFFSET ?")
                .params(pageParams).query(JdbcFindings::finding).list();
        return new Page(items, total, page, size);
    }

    @Override
    public List<Finding> naming(String provinceCode, String identifier) {
        StringBuilder where = new StringBuilder(" WHERE (subject = ? OR strpos(evidence, ?) > 0)");
        List<Object> params = new ArrayList<>(List.of(identifier, "\"" + identifier + "\""));
        scope(where, params, provinceCode, null);
        return jdbc.sql("SELECT * FROM finding" + where + " ORDER BY id DESC LIMIT 200").params(params)
                .query(JdbcFindings::finding).list();
    }

    private static void scope(StringBuilder where, List<Object> params, String provinceCode, Collection<String> rules) {
        if (provinceCode != null) {
            where.append(" AND province_code = ?");
            params.add(provinceCode);
        }
        if (rules != null) {
            if (rules.isEmpty()) {
                where.append(" AND FALSE");
            } else {
                where.append(" AND rule IN (").append(String.join(",", rules.stream().map(r -> "?").toList()))
                        .append(")");
                params.addAll(rules);
            }
        }
    }

    @Override
    public Map<String, Long> counts(String provinceCode, Collection<String> rules) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        scope(where, params, provinceCode, rules);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT rule, status, count(*) AS n FROM finding" + where + " GROUP BY rule, status ORDER BY rule, status")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("rule") + "|" + rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    @Override
    public boolean decide(long id, Status decision, String note, String decidedBy, Long caseId) {
        return jdbc.sql("""
                UPDATE finding SET status = ?, decision_note = ?, decided_by = ?, decided_at = ?, case_id = ?
                WHERE id = ? AND status = 'open'""")
                .params(decision.dbValue(), note, decidedBy, Timestamp.from(clock.instant()), caseId, id)
                .update() == 1;
    }

    private static Finding finding(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Finding(rs.getLong("id"), rs.getString("province_code"), rs.getString("rule"),
                rs.getString("subject"), (Long) rs.getObject("amount_vnd"), (Long) rs.getObject("interest_vnd"),
                (Integer) rs.getObject("months"), rs.getString("flags"), rs.getString("detail"),
                rs.getString("legal_basis"), rs.getString("evidence"), Status.fromDb(rs.getString("status")),
                rs.getLong("first_run_id"), rs.getLong("last_run_id"), rs.getString("decision_note"),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                (Long) rs.getObject("case_id"));
    }
}
