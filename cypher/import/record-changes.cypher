// Records one batch of an import's changes in the same transaction as the batch itself: the run
// (created by its first batch with changes, its counts raised to the running totals) and one
// Change node per record created, updated or removed. Change nodes are not :Entity, so the API
// never shows them.
// Parameters: $run (map), $counts (map), $changes (list of map)
// Columns: recorded
MERGE (run:ImportRun {id: $run.id})
  ON CREATE SET run.file = $run.file, run.editor = $run.editor, run.at = datetime($run.at)
SET run += $counts
WITH run
UNWIND $changes AS ch
CREATE (run)-[:MADE]->(c:Change {
  id: ch.id, runId: run.id, at: run.at, editor: run.editor, file: ch.file,
  action: ch.action, kind: ch.kind, recordId: ch.recordId, before: ch.before, after: ch.after
})
RETURN count(c) AS recorded
