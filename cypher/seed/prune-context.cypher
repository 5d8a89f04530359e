// Removes context sentences (ids "<relId>~<ord>") past a relationship's current number of them,
// as prune-evidence does for quotes: a sentence deleted from the file leaves the graph.
// Parameters: $rows (list of map)
// Columns: removed
UNWIND $rows AS row
MATCH (c:Context {relId: row.relId})
WHERE c.ord >= toInteger(row.count) AND c.id = row.relId + '~' + toString(c.ord)
DETACH DELETE c
RETURN count(*) AS removed
