// Writes import audit history the way imports did before revisions (one ImportRun, a Change per
// record, quote or context sentence, with a free-text editor), for the migration tests.
// Parameters: $run (map), $changes (list of map)
// Columns: recorded
MERGE (run:ImportRun {id: $run.id})
  ON CREATE SET run.file = $run.file, run.editor = $run.editor, run.at = datetime($run.at)
WITH run
UNWIND $changes AS ch
CREATE (run)-[:MADE]->(c:Change {
  id: ch.id, runId: run.id, at: run.at, editor: run.editor, file: ch.file,
  action: ch.action, kind: ch.kind, recordId: ch.recordId, before: ch.before, after: ch.after
})
RETURN count(c) AS recorded
