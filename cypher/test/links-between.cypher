// The relationships from one entity to another, with the names at both ends; used by the seed tests.
// Parameters: $from (string), $to (string)
// Columns: fromName, type, toName, id, status, validFrom, validTo, evidence
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
CALL (r) { MATCH (ev:Evidence {relId: r.id}) RETURN count(ev) AS evidence }
RETURN a.name AS fromName, type(r) AS type, b.name AS toName, r.id AS id, r.status AS status,
       r.validFrom AS validFrom, r.validTo AS validTo, evidence
ORDER BY id
