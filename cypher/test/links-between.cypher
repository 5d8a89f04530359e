// The relationships from one entity to another, with the names at both ends; used by the seed tests.
// Parameters: $from (string), $to (string)
// Columns: fromName, type, toName, id, status, validFrom, validFromBasis, validTo, validToBasis, evidence, context
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
CALL (r) { MATCH (ev:Evidence {relId: r.id}) RETURN count(ev) AS evidence }
CALL (r) { MATCH (c:Context {relId: r.id}) RETURN count(c) AS context }
RETURN a.name AS fromName, type(r) AS type, b.name AS toName, r.id AS id, r.status AS status,
       r.validFrom AS validFrom, r.validFromBasis AS validFromBasis, r.validTo AS validTo, r.validToBasis AS validToBasis,
       evidence, context
ORDER BY id
