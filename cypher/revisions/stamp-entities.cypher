// Sets each revised entity's version stamp and whether it is retired (a retired record keeps
// its node and history; reads leave it out).
// Parameters: $rows (list of map)
// Columns: stamped
UNWIND $rows AS row
MATCH (n:Entity {id: row.target})
SET n.version = toInteger(row.version), n.revisionId = row.id, n.revisedBy = row.authorId, n.revisedAt = datetime(row.at),
    n.retired = CASE WHEN row.retired THEN true ELSE null END
RETURN count(n) AS stamped
