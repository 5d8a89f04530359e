// How many live relationships a source backs (retired ones keep their evidence, but do not count).
// Parameters: $id (string)
// Columns: total
MATCH (:Source {id: $id})<-[:CITES]-(e:Evidence)
WITH DISTINCT e.relId AS relId, e.fromId AS fromId
MATCH (:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = relId AND NOT coalesce(r.retired, false)
RETURN count(r) AS total
