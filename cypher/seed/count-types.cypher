// Relationships per type, for the load summary.
// Parameters: none
// Columns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
