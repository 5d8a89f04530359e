// Creates or updates relationships of any type (the type comes from the row). The loader has
// already checked that no stored relationship uses one of these ids with another type or ends.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
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
RETURN count(r) AS written
