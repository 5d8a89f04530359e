// The recorded changes of one record, newest first. A relationship's history includes that of its
// evidence (ids "<relId>#<n>") and context sentences ("<relId>~<n>"), so that removed quotes show
// up under the relationship they backed.
// Parameters: $id (string)
// Columns: id, runId, at, editor, file, action, kind, recordId, before, after
CALL () {
  MATCH (c:Change) WHERE c.recordId = $id
  RETURN c
  UNION
  MATCH (c:Change) WHERE c.recordId STARTS WITH $id + '#'
  RETURN c
  UNION
  MATCH (c:Change) WHERE c.recordId STARTS WITH $id + '~'
  RETURN c
}
OPTIONAL MATCH (run:ImportRun {id: c.runId})
RETURN c.id AS id, c.runId AS runId, toString(c.at) AS at, c.editor AS editor, coalesce(c.file, run.file) AS file,
       c.action AS action, c.kind AS kind, c.recordId AS recordId, c.before AS before, c.after AS after
ORDER BY c.at DESC, c.id DESC
