package vn.phoihop.engine.rules;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A rule whose logic is one SQL script, {@code <ClassName>.sql} beside the class. */
abstract class SqlRule implements Rule {

    private final String code;
    private final String legalBasis;
    private final Set<String> requiredDatasets;
    private final Set<String> optionalDatasets;
    private final List<Parameter> parameters;

    SqlRule(String code, String legalBasis, Set<String> requiredDatasets, Set<String> optionalDatasets,
            List<Parameter> parameters) {
        this.code = code;
        this.legalBasis = legalBasis;
        this.requiredDatasets = Set.copyOf(requiredDatasets);
        this.optionalDatasets = Set.copyOf(optionalDatasets);
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String legalBasis() {
        return legalBasis;
    }

    @Override
    public final Set<String> requiredDatasets() {
        return requiredDatasets;
    }

    @Override
    public final Set<String> optionalDatasets() {
        return optionalDatasets;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public final void apply(RuleContext context) throws SQLException {
        context.runScript(getClass(), getClass().getSimpleName() + ".sql",
                Map.of("rule", code, "legal_basis", legalBasis));
    }

    @Override
    public String toString() {
        return code;
    }
}
