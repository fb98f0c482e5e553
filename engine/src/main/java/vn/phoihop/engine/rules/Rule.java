package vn.phoihop.engine.rules;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** One cross-check of rules.md: it inserts its findings into the {@code findings} table. */
public interface Rule {

    /** The rule code of rules.md, e.g. {@code ARREARS-EVASION}. */
    String code();

    /** The article(s) the findings rest on, written into each finding. */
    String legalBasis();

    /** Datasets without which the rule cannot run; when one is absent the rule is skipped. */
    Set<String> requiredDatasets();

    /** Datasets the rule uses when present (an absent one reads as empty). */
    Set<String> optionalDatasets();

    /** The parameters the rule (and the shared definitions it uses) depend on. */
    List<Parameter> parameters();

    /** Inserts the rule's findings as of {@code context.asOf()}; the shared definitions exist. */
    void apply(RuleContext context) throws SQLException;
}
