// Creates or updates relationships of any type (the type comes from the row). The loader has
// already checked that no stored relationship uses one of these ids with another type or ends.
// The link moves between the date tallies (cypher/tally/) in the same write, so the kept span of
// dates is never out of step with the links.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH row, r
// Include: fragments/link-tally-keys
WITH row, r, keys AS before
SET r.status = row.status,
    r.validFrom = row.validFrom,
    r.validFromBasis = row.validFromBasis,
    r.validTo = row.validTo,
    r.validToBasis = row.validToBasis,
    r.datesNote = row.datesNote,
    r.validFromStart = date(row.validFromStart),
    r.validToEnd = date(row.validToEnd),
    r.role = row.role,
    r.note = row.note
WITH r, before
// Include: fragments/link-tally-keys
WITH r, before, keys AS after
// Include: fragments/tally-apply
RETURN count(r) AS written
