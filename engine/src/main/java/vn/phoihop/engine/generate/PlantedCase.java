package vn.phoihop.engine.generate;

/**
 * A case planted on purpose: the rule it exercises, its subject, whether the rule must fire
 * ({@code fires = false}: an edge the rule must leave alone) and why it is there.
 */
public record PlantedCase(String rule, String subject, boolean fires, String description) {
}
