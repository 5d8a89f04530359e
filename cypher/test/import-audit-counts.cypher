// How many import runs and import revisions the database holds: what the import audit tests
// compare before and after a run that must record nothing.
// Parameters: none
// Columns: runs, revisions
CALL () { MATCH (run:ImportRun) RETURN count(run) AS runs }
CALL () { MATCH (rev:Revision) WHERE rev.importRunId IS NOT NULL RETURN count(rev) AS revisions }
RETURN runs, revisions
