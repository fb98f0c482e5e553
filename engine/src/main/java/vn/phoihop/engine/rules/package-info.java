/**
 * The cross-checks of {@code shared/spec/rules.md}: one class per rule (its SQL in a resource
 * beside it), the shared definitions they build on ({@link vn.phoihop.engine.rules.SharedDefinitions}),
 * the {@link vn.phoihop.engine.rules.RuleRunner} that applies them as of a date D to the typed
 * dataset tables of {@code docs/engine.md}, and the {@link vn.phoihop.engine.rules.FindingsWriter}.
 * A finding is a lead for an officer, never a decision: each one carries its evidence.
 */
package vn.phoihop.engine.rules;
