// Removes the context sentences a relationship's record no longer lists (they stay in the
// revision's `before`).
// Parameters: $rows (list of map)
// Columns: removed
UNWIND $rows AS row
MATCH (c:Context {relId: row.relId})
WHERE NOT c.id IN row.keep
DETACH DELETE c
RETURN count(*) AS removed
