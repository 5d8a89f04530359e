// Records one batch of an import in the same transaction as the batch itself: the run's summary
// node (created by its first batch with changes, its counts raised to the running totals), and
// the import file each of the batch's revisions came from (an import may read several files;
// ImportRun.file names them all). The changes themselves are the batch's Revision nodes, each
// with this run's id in importRunId. ImportRun nodes are not :Entity, so the API never shows them.
// Parameters: $run (map), $counts (map), $files (list of map)
// Columns: id, files
MERGE (run:ImportRun {id: $run.id})
  ON CREATE SET run.file = $run.file, run.authorId = $run.authorId, run.at = datetime($run.at)
SET run += $counts
WITH run
CALL (run) {
  UNWIND $files AS row
  MATCH (rev:Revision {id: row.id})
  SET rev.file = row.file
  RETURN count(rev) AS files
}
RETURN run.id AS id, files
