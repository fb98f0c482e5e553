-- A run that re-runs an earlier one on exactly its recorded dataset versions.
ALTER TABLE reconcile_run ADD COLUMN rerun_of BIGINT REFERENCES reconcile_run (id);
