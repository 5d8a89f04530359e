// Relationships already stored under the given ids, with their type and ends, so that the loader
// can refuse to create a second relationship under an id that means something else.
// Every relationship has evidence, and evidence is indexed by relId and knows its from-entity, so
// this expands only from the entities concerned instead of scanning every relationship.
// Parameters: $ids (list of string)
// Columns: id, type, fromId, toId
UNWIND $ids AS id
MATCH (ev:Evidence {relId: id})
WITH DISTINCT id, ev.fromId AS fromId
MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
WHERE r.id = id
RETURN r.id AS id, type(r) AS type, a.id AS fromId, b.id AS toId
