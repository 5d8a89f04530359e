// Every Change node of the old import audit, migrated or not (a record's whole history is
// replayed whenever one of its changes is new), oldest first.
// Parameters: none
// Columns: id, runId, at, editor, file, action, kind, recordId, before, after, migrated
MATCH (c:Change)
OPTIONAL MATCH (run:ImportRun {id: c.runId})
RETURN c.id AS id, c.runId AS runId, toString(c.at) AS at, c.editor AS editor, coalesce(c.file, run.file) AS file,
       c.action AS action, c.kind AS kind, c.recordId AS recordId, c.before AS before, c.after AS after,
       c.migratedAt IS NOT NULL AS migrated
ORDER BY c.at, c.id
