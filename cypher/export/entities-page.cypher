// One page of live entities in id order (the unique index on Entity.id gives the order), for exports.
// Parameters: $after (string), $limit (int)
// Columns: id, name, kind, country, aliases, description
MATCH (n:Entity)
WHERE n.id > $after AND NOT coalesce(n.retired, false)
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.country AS country, coalesce(n.aliases, []) AS aliases,
       n.description AS description
ORDER BY id
LIMIT toInteger($limit)
