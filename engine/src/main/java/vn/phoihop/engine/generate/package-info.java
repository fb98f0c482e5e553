/**
 * The synthetic province generator: writes the 17 exchange datasets of
 * {@code shared/spec/datasets.md} for a demo province (Quảng Ngãi), a clean background on
 * which no rule fires, planted cases for every rule of {@code shared/spec/rules.md} with the
 * findings they must produce ({@code expected_findings.csv}), and bad rows the reader must
 * reject ({@code expected_rejects.csv}). It does not use the reader or the rules: the
 * expected values come from its own small calculators ({@link
 * vn.phoihop.engine.generate.ContributionDeadlines}, {@link
 * vn.phoihop.engine.generate.PaymentAllocation}, {@link
 * vn.phoihop.engine.generate.ArrearsCalculator}, {@link
 * vn.phoihop.engine.generate.EmployerChecks}).
 */
package vn.phoihop.engine.generate;
