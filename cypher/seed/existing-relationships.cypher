// Relationships already stored under the given ids, with their type and ends, so that the loader
// can refuse to create a second relationship under an id that means something else.
// No type is known up front, so this scans relationships; the seed graph is small.
// Parameters: $ids (list of string)
// Columns: id, type, fromId, toId
MATCH (a)-[r]->(b)
WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS fromId, b.id AS toId
