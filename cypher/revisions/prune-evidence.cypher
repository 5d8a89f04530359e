// Removes the evidence a relationship's record no longer lists (a revision retired it; the quote
// stays in that revision's `before`, so nothing is lost). Ids are kept, not renumbered, so an
// evidence id means the same quote for as long as it exists.
// Parameters: $rows (list of map)
// Columns: removed
UNWIND $rows AS row
MATCH (e:Evidence {relId: row.relId})
WHERE NOT e.id IN row.keep
DETACH DELETE e
RETURN count(*) AS removed
