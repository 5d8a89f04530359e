// Gives Evidence nodes written before version 2 (see claim) the id of the source they cite, which
// query/source/relationships reads them by: up to $size of them after the id $after ('' at first),
// in the order of the id constraint's index, so each batch (its own transaction) reads only its own
// nodes and the caller goes on from `last` until a batch reads fewer than $size. A node that has
// its sourceId already (a database loaded since) is read and left as it is.
// Parameters: $after (string), $size (int)
// Columns: read, last
MATCH (e:Evidence)
WHERE e.id > $after
WITH e
ORDER BY e.id
LIMIT $size
OPTIONAL MATCH (e)-[:CITES]->(s:Source)
FOREACH (id IN CASE WHEN e.sourceId IS NULL AND s IS NOT NULL THEN [s.id] ELSE [] END | SET e.sourceId = id)
RETURN count(e) AS read, max(e.id) AS last
