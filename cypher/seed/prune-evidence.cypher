// Removes seed-owned evidence (ids "<relId>#<ord>") past a relationship's current number of quotes:
// the seed is the truth for its own evidence, so a quote deleted from the file leaves the graph.
// Parameters: $rows (list of map)
// Columns: removed
UNWIND $rows AS row
MATCH (e:Evidence {relId: row.relId})
WHERE e.ord >= toInteger(row.count) AND e.id = row.relId + '#' + toString(e.ord)
DETACH DELETE e
RETURN count(*) AS removed
