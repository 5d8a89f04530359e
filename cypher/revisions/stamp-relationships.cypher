// Sets each revised relationship's version stamp and whether it is retired. The start entity
// leads to the relationship without a scan. A link retired or brought back leaves or rejoins the
// date tallies (cypher/tally/) in the same write.
// Parameters: $rows (list of map)
// Columns: stamped
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(:Entity)
WHERE r.id = row.target
// Include: fragments/link-tally-keys
WITH row, r, keys AS before
SET r.version = toInteger(row.version), r.revisionId = row.id, r.revisedBy = row.authorId, r.revisedAt = datetime(row.at),
    r.retired = CASE WHEN row.retired THEN true ELSE null END
WITH r, before
// Include: fragments/link-tally-keys
WITH r, before, keys AS after
// Include: fragments/tally-apply
RETURN count(r) AS stamped
