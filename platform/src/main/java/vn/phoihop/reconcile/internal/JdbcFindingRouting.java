package vn.phoihop.reconcile.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.phoihop.reconcile.FindingRouting;

@Repository
class JdbcFindingRouting implements FindingRouting {

    private final JdbcClient jdbc;

    JdbcFindingRouting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Handling> forRule(String rule) {
        return all().stream().filter(h -> rule.startsWith(h.rulePrefix()))
                .max(Comparator.comparingInt(h -> h.rulePrefix().length()));
    }

    @Override
    public List<Handling> all() {
        return jdbc.sql("SELECT rule_prefix, lead_role, partner_roles, basis FROM finding_handler ORDER BY rule_prefix")
                .query((rs, row) -> new Handling(rs.getString(1), rs.getString(2),
                        Arrays.stream(rs.getString(3).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                                .toList(), rs.getString(4)))
                .list();
    }
}
