/**
 * One reconciliation run (đối soát): load the datasets of a directory, apply the rules as of a
 * date, write findings.csv, findings.json, rejects.csv, warnings.csv and summary.json. Used by the
 * {@code reconcile} and {@code bench} commands and by the platform.
 */
package vn.phoihop.engine.run;
