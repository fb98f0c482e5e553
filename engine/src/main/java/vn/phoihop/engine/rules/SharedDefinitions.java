package vn.phoihop.engine.rules;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The shared definitions of rules.md, built once per run as tables of the (in-memory) database
 * before any rule, so that every connection to it sees them and rules can run side by side:
 * <ul>
 *   <li>{@code population_candidates}, {@code insured_identity}: the resolved identity of each
 *       insured person (declared personal_id found in population, else the suggestion of
 *       POP-ID-SUGGESTED, else none). POP-ID-SUGGESTED only reports what is computed here, so the
 *       order of the rules does not matter;</li>
 *   <li>{@code health_cards_keyed}, {@code pension_payments_keyed}: rows with their person key;</li>
 *   <li>{@code latest_reminder}, {@code period_balance}: deadline by payment_mode, allocation of
 *       payments oldest period first, overdue days, evasion portion, interest days per period;</li>
 *   <li>{@code unit_arrears}: overdue, evasion and interest per unit;</li>
 *   <li>{@code tax_latest}: the latest tax year &le; year(D) of each tax code;
 *       {@code tax_code_units}: the insurance units behind each tax row.</li>
 * </ul>
 */
public final class SharedDefinitions {

    /** The tables this step creates, in creation order. */
    public static final List<String> TABLES = List.of("unresolved_insured", "population_candidates", "insured_identity",
            "health_cards_keyed", "pension_payments_keyed", "latest_reminder", "period_balance", "unit_arrears",
            "tax_latest", "tax_code_units");

    /** Parameters the shared definitions depend on. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.EVASION_DAYS_AFTER_DEADLINE,
            Parameter.INTEREST_ACCRUES_AFTER, Parameter.INTEREST_RATE_PER_DAY);

    private SharedDefinitions() {
    }

    public static void create(RuleContext context) throws SQLException {
        context.runScript(SharedDefinitions.class, "SharedDefinitions.sql", Map.of());
    }
}
