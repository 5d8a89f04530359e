// One import run with its counts, and the revisions it wrote (who, which record, which file): for
// audits of a run and for the import tests.
// Parameters: $id (string)
// Columns: run, revisions
MATCH (run:ImportRun {id: $id})
CALL (run) {
  MATCH (rev:Revision {importRunId: run.id})
  WITH rev ORDER BY rev.id
  RETURN collect(rev {kind: rev.targetKind, .action, recordId: rev.target, .authorId, .file, .version}) AS revisions
}
RETURN run {.*, at: toString(run.at)} AS run, revisions
