// The progress node: how many batches have committed. Each batch's transaction moves it on, so a
// batch the driver retries after a commit it did not hear of is skipped, not written twice.
// Parameters: none
// Columns: done
MERGE (p:`__LinkageRestoreProgress`)
ON CREATE SET p.done = 0
RETURN p.done AS done
