// Entity counts by kind.
// Parameters: none
// Columns: kind, count
MATCH (e:Entity)
RETURN e.kind AS kind, count(e) AS count
ORDER BY kind
