// One import run with its counts, and the editors and actions of the changes it made: for audits
// of a run and for the import tests.
// Parameters: $id (string)
// Columns: run, changes
MATCH (run:ImportRun {id: $id})
CALL (run) {
  MATCH (run)-[:MADE]->(c:Change)
  WITH c ORDER BY c.id
  RETURN collect(c {.kind, .action, .recordId, .editor, .file}) AS changes
}
RETURN run {.*, at: toString(run.at)} AS run, changes
