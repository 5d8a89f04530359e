// How many live relationships a source backs (retired ones keep their evidence, but do not count).
// Each link is looked for from its start entity only until it is found.
// Parameters: $id (string)
// Columns: total
MATCH (s:Source {id: $id})<-[:CITES]-(e:Evidence)
USING INDEX s:Source(id)
WITH DISTINCT e.relId AS relId, e.fromId AS fromId
CALL (relId, fromId) {
  MATCH (:Entity {id: fromId})-[r]->(:Entity)
  WHERE r.id = relId AND NOT coalesce(r.retired, false)
  RETURN r
  LIMIT 1
}
RETURN count(r) AS total
