// The given live entities in id order, for filtered exports and for checking an import against what is
// stored (retired entities are in no export).
// Parameters: $ids (list of string)
// Columns: id, name, kind, country, aliases, description
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
WHERE NOT coalesce(n.retired, false)
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.country AS country, coalesce(n.aliases, []) AS aliases,
       n.description AS description
ORDER BY id
