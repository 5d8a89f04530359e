// The live links among the entities an article mentions (server/intake/graph), either direction,
// so intake can mark a claim as new evidence for a link the graph holds, or as contradicting it.
// Starts from the Entity.id index; a live link's ends are always live (server/editing).
// Parameters: $ids (list of string)
// Columns: id, type, fromId, toId, status
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND NOT coalesce(r.retired, false)
RETURN r.id AS id, type(r) AS type, a.id AS fromId, b.id AS toId, r.status AS status
ORDER BY id
